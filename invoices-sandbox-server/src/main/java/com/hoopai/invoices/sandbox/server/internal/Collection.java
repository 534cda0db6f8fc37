package com.hoopai.invoices.sandbox.server.internal;

/**
 * The kinds of records a location keeps, with the API's word for each in "Unable to find ..." answers.
 *
 * <pre>{@code
 * List<ObjectNode> invoices = dispatcher.records(locationId, Collection.INVOICES);
 * }</pre>
 */
public enum Collection {
  /** Invoices. */
  INVOICES("invoice"),
  /** Invoice templates. */
  INVOICE_TEMPLATES("template"),
  /** Recurring invoice schedules. */
  INVOICE_SCHEDULES("schedule"),
  /** Estimates. */
  ESTIMATES("estimate"),
  /** Estimate templates. */
  ESTIMATE_TEMPLATES("estimate template");

  private final String noun;

  Collection(String noun) {
    this.noun = noun;
  }

  /** The 400 an unknown id answers, as the API words it. */
  ApiException notFound() {
    return ApiException.badRequest("Unable to find " + noun);
  }
}
