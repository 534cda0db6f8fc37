package com.hoopai.invoices.examples.spring;

import com.hoopai.invoices.client.webhooks.InvoiceEventType;
import com.hoopai.invoices.client.webhooks.InvoiceWebhookEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Receives {@code InvoicePaid} webhooks: the starter's endpoint ({@code hoopai.invoices.webhooks.*} in
 * application.yml) verifies each request's signature, timestamp and webhookId, then publishes the typed event
 * to this listener.
 *
 * <pre>{@code
 * webhooks.awaitPaid(invoiceId, Duration.ofSeconds(10)).ifPresent(event -> ...);
 * }</pre>
 */
@Component
public class PaymentWebhooks {

  private final List<InvoiceWebhookEvent> paid = new CopyOnWriteArrayList<>();

  /**
   * Prints and keeps each {@code InvoicePaid} event.
   *
   * @param event a verified invoice event
   */
  @EventListener
  public synchronized void onInvoiceEvent(InvoiceWebhookEvent event) {
    if (event.eventType() == InvoiceEventType.INVOICE_PAID) {
      paid.add(event);
      System.out.printf("Webhook InvoicePaid (signed, verified): invoice %s, %s %s paid, %s due%n",
          event.invoice().getId(), event.invoice().getAmountPaid().toPlainString(), event.invoice().getCurrency(),
          event.invoice().getAmountDue().toPlainString());
      notifyAll();
    }
  }

  /**
   * Waits for the {@code InvoicePaid} webhook of an invoice.
   *
   * @param invoiceId the invoice
   * @param timeout how long to wait at most
   * @return the event, empty if none arrived in time (on HoopAI, events go to the app's registered URL)
   * @throws InterruptedException if interrupted while waiting
   */
  public synchronized Optional<InvoiceWebhookEvent> awaitPaid(String invoiceId, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<InvoiceWebhookEvent> event = paid.stream()
          .filter(e -> invoiceId.equals(e.invoice().getId())).findFirst();
      long left = deadline - System.nanoTime();
      if (event.isPresent() || left <= 0) {
        return event;
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }
}
