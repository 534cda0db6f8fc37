package com.hoopai.invoices.client.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/**
 * A verified webhook delivery: one of {@link InvoiceWebhookEvent}, {@link AppInstallEvent},
 * {@link AppUninstallEvent} or {@link UnknownWebhookEvent}. Every event keeps the JSON it was read from
 * ({@link #json()}), so nothing the typed view leaves out is lost. {@code toString()} shows the type, id
 * and location, never the body.
 *
 * <pre>{@code
 * WebhookEvent event = verifier.verify(body, request::getHeader);
 * if (event instanceof InvoiceWebhookEvent invoiceEvent && invoiceEvent.eventType() == InvoiceEventType.INVOICE_PAID) {
 *   markPaid(invoiceEvent.invoice().getId());
 * }
 * }</pre>
 */
public abstract sealed class WebhookEvent
    permits InvoiceWebhookEvent, AppInstallEvent, AppUninstallEvent, UnknownWebhookEvent {

  private final String type;
  private final String webhookId;
  private final Instant timestamp;
  private final String locationId;
  private final ObjectNode json;

  WebhookEvent(String type, String webhookId, Instant timestamp, String locationId, ObjectNode json) {
    this.type = type;
    this.webhookId = webhookId;
    this.timestamp = timestamp;
    this.locationId = locationId;
    this.json = json.deepCopy();
  }

  /**
   * The body's {@code type}, e.g. {@code InvoicePaid} or {@code INSTALL}.
   *
   * @return the type, empty when the body has none
   */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /**
   * The body's {@code webhookId}: the id of this delivery.
   *
   * @return the id, empty when the body has none (only when replay fields are not required)
   */
  public Optional<String> webhookId() {
    return Optional.ofNullable(webhookId);
  }

  /**
   * The body's {@code timestamp}: when HoopAI sent it.
   *
   * @return the instant, empty when the body has none (only when replay fields are not required)
   */
  public Optional<Instant> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  /**
   * The location the event is about: {@code locationId}, or an invoice's {@code altId}.
   *
   * @return the location id, empty for agency-wide events
   */
  public Optional<String> locationId() {
    return Optional.ofNullable(locationId);
  }

  /**
   * The body as received, parsed (a copy: changing it changes nothing here).
   *
   * @return the JSON object
   */
  public ObjectNode json() {
    return json.deepCopy();
  }

  /**
   * The JSON without copying, for subclasses.
   *
   * @return the JSON object
   */
  ObjectNode body() {
    return json;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{type=" + type + ", webhookId=" + webhookId + ", locationId="
        + locationId + "}";
  }
}
