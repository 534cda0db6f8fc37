package com.hoopai.invoices.client.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hoopai.invoices.model.Invoice;
import java.time.Instant;
import java.util.Optional;

/**
 * One of the seven invoice events ({@code InvoiceCreate}, {@code InvoiceUpdate}, {@code InvoiceSent},
 * {@code InvoicePartiallyPaid}, {@code InvoicePaid}, {@code InvoiceVoid}, {@code InvoiceDelete}), its body
 * read into the SDK's {@link Invoice}. Values the model has no constant for (the delete event's status
 * {@code delete}) read as {@code UNKNOWN_DEFAULT_OPEN_API}; {@link #statusValue()} keeps the original.
 *
 * <pre>{@code
 * if (event instanceof InvoiceWebhookEvent paid && paid.eventType() == InvoiceEventType.INVOICE_PAID) {
 *   ledger.settle(paid.invoice().getId(), paid.invoice().getAmountPaid());
 * }
 * }</pre>
 */
public final class InvoiceWebhookEvent extends WebhookEvent {

  private final InvoiceEventType eventType;
  private final Invoice invoice;

  InvoiceWebhookEvent(String type, String webhookId, Instant timestamp, ObjectNode json, InvoiceEventType eventType,
      Invoice invoice) {
    super(type, webhookId, timestamp, invoice.getAltId(), json);
    this.eventType = eventType;
    this.invoice = invoice;
  }

  /**
   * Which change the event reports.
   *
   * @return the event type, {@link InvoiceEventType#UNTYPED} when the body has no {@code type}
   */
  public InvoiceEventType eventType() {
    return eventType;
  }

  /**
   * The invoice as the event carries it (the object is shared: do not change it).
   *
   * @return the invoice
   */
  public Invoice invoice() {
    return invoice;
  }

  /**
   * The {@code status} exactly as sent, also when the model has no constant for it.
   *
   * @return the status text, empty when absent
   */
  public Optional<String> statusValue() {
    JsonNode status = body().get("status");
    return status == null || status.isNull() ? Optional.empty() : Optional.of(status.asText());
  }
}
