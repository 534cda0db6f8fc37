package com.hoopai.invoices.spring.webhooks;

import com.hoopai.invoices.client.webhooks.AppInstallEvent;
import com.hoopai.invoices.client.webhooks.AppUninstallEvent;
import com.hoopai.invoices.client.webhooks.InvoiceWebhookEvent;
import com.hoopai.invoices.client.webhooks.WebhookEvent;
import com.hoopai.invoices.client.webhooks.WebhookVerificationException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The webhook endpoint's Micrometer counters. The {@code type} tag is one of the seven invoice events,
 * {@code INSTALL}, {@code UNINSTALL}, {@code untyped_invoice} or {@code other}: never a free value from a
 * body, so the tag cannot grow without bound.
 *
 * <pre>{@code
 * registry.get(HoopAiWebhookMetrics.RECEIVED).tag("type", "InvoicePaid").counter().count();
 * }</pre>
 */
public final class HoopAiWebhookMetrics implements WebhookObserver {

  /** Verified events, by {@code type}. */
  public static final String RECEIVED = "hoopai.invoices.webhooks.received";
  /** Refused requests, by {@code reason} (duplicates are counted apart). */
  public static final String REJECTED = "hoopai.invoices.webhooks.rejected";
  /** Deliveries whose webhookId was processed already. */
  public static final String DUPLICATES = "hoopai.invoices.webhooks.duplicates";
  /** Events a listener failed on, by {@code type}. */
  public static final String HANDLER_FAILURES = "hoopai.invoices.webhooks.handler.failures";

  private final MeterRegistry registry;

  /**
   * Counters in the registry.
   *
   * @param registry the application's registry
   */
  public HoopAiWebhookMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void received(WebhookEvent event) {
    Counter.builder(RECEIVED).description("Verified HoopAI webhook events").tag("type", typeTag(event))
        .register(registry).increment();
  }

  @Override
  public void rejected(WebhookVerificationException.Reason reason) {
    if (reason == WebhookVerificationException.Reason.DUPLICATE) {
      Counter.builder(DUPLICATES).description("HoopAI webhook deliveries processed already").register(registry)
          .increment();
      return;
    }
    Counter.builder(REJECTED).description("Refused HoopAI webhook requests").tag("reason", reason.tag())
        .register(registry).increment();
  }

  @Override
  public void handlerFailed(WebhookEvent event) {
    Counter.builder(HANDLER_FAILURES).description("HoopAI webhook events a listener failed on")
        .tag("type", typeTag(event)).register(registry).increment();
  }

  static String typeTag(WebhookEvent event) {
    if (event instanceof InvoiceWebhookEvent invoice) {
      return invoice.eventType().wireName().orElse("untyped_invoice");
    }
    if (event instanceof AppInstallEvent) {
      return "INSTALL";
    }
    if (event instanceof AppUninstallEvent) {
      return "UNINSTALL";
    }
    return "other";
  }

  @Override
  public String toString() {
    return "HoopAiWebhookMetrics";
  }
}
