package com.hoopai.invoices.sandbox.server;

import com.hoopai.invoices.sandbox.server.internal.Collection;

/**
 * The kinds of records a location keeps.
 *
 * <pre>{@code
 * List<ObjectNode> drafts = server.records().list(locationId, RecordKind.INVOICES);
 * }</pre>
 */
public enum RecordKind {
  /** Invoices. */
  INVOICES(Collection.INVOICES),
  /** Invoice templates. */
  INVOICE_TEMPLATES(Collection.INVOICE_TEMPLATES),
  /** Recurring invoice schedules, with the invoices they issued. */
  INVOICE_SCHEDULES(Collection.INVOICE_SCHEDULES),
  /** Estimates. */
  ESTIMATES(Collection.ESTIMATES),
  /** Estimate templates. */
  ESTIMATE_TEMPLATES(Collection.ESTIMATE_TEMPLATES);

  private final Collection collection;

  RecordKind(Collection collection) {
    this.collection = collection;
  }

  Collection collection() {
    return collection;
  }
}
