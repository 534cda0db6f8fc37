package com.hoopai.invoices.client.scale;

import com.hoopai.invoices.client.InvoicesClient;

/** The API call the scale tests make, in one place. */
final class ScaleCalls {

  static final String INVOICE_ID = "6578278e879ad2646715ba9c";

  private ScaleCalls() {
  }

  /** One call about a location. */
  static void call(InvoicesClient client, String locationId) {
    client.forLocation(locationId).invoices().getInvoice(INVOICE_ID);
  }
}
