package com.hoopai.invoices.ratelimit.processes;

import com.hoopai.invoices.client.InvoicesClient;

/** The API call each child process makes, in one place. */
final class ChildCalls {

  private ChildCalls() {
  }

  /** One cheap, rate-limited call about a location. */
  static void call(InvoicesClient client, String locationId) {
    client.forLocation(locationId).invoices().generateInvoiceNumber();
  }
}
