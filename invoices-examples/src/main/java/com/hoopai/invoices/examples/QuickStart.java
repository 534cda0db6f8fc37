package com.hoopai.invoices.examples;

import com.hoopai.invoices.client.HoopAiApiException;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceSettings;
import java.util.List;

/**
 * A read-only tour of a real HoopAI location: its invoice settings, the next invoice number and its most
 * recent invoices. Credentials come from the environment, never from code:
 *
 * <pre>
 * HOOPAI_ACCESS_TOKEN=...  (a Private Integration Token or an OAuth access token)
 * HOOPAI_LOCATION_ID=...   (the sub-account id)
 * </pre>
 */
public final class QuickStart {

  private QuickStart() {
  }

  /**
   * Runs the tour.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    String token = System.getenv("HOOPAI_ACCESS_TOKEN");
    String locationId = System.getenv("HOOPAI_LOCATION_ID");
    if (token == null || token.isBlank() || locationId == null || locationId.isBlank()) {
      System.out.println("""
          QuickStart reads a real HoopAI location and needs two environment variables:
            HOOPAI_ACCESS_TOKEN  a Private Integration Token or OAuth access token (invoices.readonly)
            HOOPAI_LOCATION_ID   the location (sub-account) id
          Nothing was sent.""");
      return;
    }
    try (InvoicesClient client = InvoicesClient.builder().accessToken(token).build()) {
      LocationClient location = client.forLocation(locationId);

      InvoiceSettings settings = location.invoices().getInvoiceSettings();
      System.out.printf("Invoices of %s are titled \"%s\", prefix %s, due after %s days%n",
          settings.getBusinessDetails() == null ? locationId : settings.getBusinessDetails().getName(),
          settings.getTitle(), settings.getInvoiceNumberPrefix(), settings.getDueAfterXDays());
      System.out.println("Next invoice number: " + location.invoices().generateInvoiceNumber().getInvoiceNumber());

      List<Invoice> recent = location.invoices()
          .listInvoicesAutoPaging(null, null, null, null, null, null, "issueDate", "descend", 10)
          .limit(10)
          .toList();
      System.out.println("Most recent invoices:");
      for (Invoice invoice : recent) {
        System.out.printf("  %-12s %-16s %10s %s due %s%n", invoice.getInvoiceNumber(), invoice.getStatus(),
            invoice.getTotal(), invoice.getCurrency(), invoice.getAmountDue());
      }
    } catch (HoopAiApiException e) {
      System.err.println("HoopAI refused the request: " + e.getMessage());
      System.exit(1);
    }
  }
}
