package com.hoopai.invoices.sandbox.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hears every invoice state change the sandbox makes, to send it as a webhook.
 *
 * <pre>{@code
 * InvoiceEvents events = (type, invoice) -> System.out.println(type + " " + invoice.get("_id"));
 * }</pre>
 */
@FunctionalInterface
public interface InvoiceEvents {

  /** Hears nothing. */
  InvoiceEvents NONE = (type, invoice) -> {
  };

  /**
   * An invoice changed.
   *
   * @param type the webhook event name, e.g. {@code InvoicePaid}
   * @param invoice the invoice after the change (a copy the listener may keep)
   */
  void changed(String type, ObjectNode invoice);
}
