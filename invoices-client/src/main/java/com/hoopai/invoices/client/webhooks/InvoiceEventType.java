package com.hoopai.invoices.client.webhooks;

import java.util.Optional;

/**
 * The seven invoice events, which share one body: the invoice.
 *
 * <pre>{@code
 * InvoiceEventType.fromType("InvoicePaid");   // Optional[INVOICE_PAID]
 * }</pre>
 */
public enum InvoiceEventType {
  /** {@code InvoiceCreate}. */
  INVOICE_CREATE("InvoiceCreate"),
  /** {@code InvoiceUpdate}. */
  INVOICE_UPDATE("InvoiceUpdate"),
  /** {@code InvoiceSent}. */
  INVOICE_SENT("InvoiceSent"),
  /** {@code InvoicePartiallyPaid}. */
  INVOICE_PARTIALLY_PAID("InvoicePartiallyPaid"),
  /** {@code InvoicePaid}. */
  INVOICE_PAID("InvoicePaid"),
  /** {@code InvoiceVoid}. */
  INVOICE_VOID("InvoiceVoid"),
  /** {@code InvoiceDelete}. */
  INVOICE_DELETE("InvoiceDelete"),
  /** A body with an invoice's shape and no {@code type}: which change it reports is unknown. */
  UNTYPED(null);

  private final String wireName;

  InvoiceEventType(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The {@code type} HoopAI sends.
   *
   * @return the name, e.g. {@code InvoicePaid}; empty for {@link #UNTYPED}
   */
  public Optional<String> wireName() {
    return Optional.ofNullable(wireName);
  }

  /**
   * The event type of a {@code type} value.
   *
   * @param type a body's {@code type}
   * @return the invoice event type, empty if it names no invoice event
   */
  public static Optional<InvoiceEventType> fromType(String type) {
    for (InvoiceEventType value : values()) {
      if (value.wireName != null && value.wireName.equals(type)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
