package com.hoopai.invoices.examples;

import com.hoopai.invoices.client.HoopAiResponse;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.client.RateLimitInfo;
import com.hoopai.invoices.client.errors.HoopAiApiException;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceSettings;
import com.hoopai.invoices.model.InvoiceSortField;
import com.hoopai.invoices.model.ListInvoicesParams;
import com.hoopai.invoices.model.SortOrder;
import java.io.PrintStream;
import java.util.List;
import java.util.OptionalInt;

/**
 * A read-only tour of a real HoopAI location: its invoice settings (with the rate-limit budget left), the
 * next invoice number and its most recent invoices. Nothing is written. Credentials come from the
 * environment, never from code:
 *
 * <pre>
 * HOOPAI_ACCESS_TOKEN=...  (a Private Integration Token or an OAuth access token)
 * HOOPAI_LOCATION_ID=...   (the sub-account id)
 * ./mvnw -q -pl invoices-examples -am compile exec:java -Dexample=com.hoopai.invoices.examples.QuickStart
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
    String token = System.getenv(Target.TOKEN);
    String locationId = System.getenv(Target.LOCATION);
    if (token == null || token.isBlank() || locationId == null || locationId.isBlank()) {
      System.out.println("""
          QuickStart reads a real HoopAI location and needs two environment variables:
            HOOPAI_ACCESS_TOKEN  a Private Integration Token or OAuth access token (invoices.readonly)
            HOOPAI_LOCATION_ID   the location (sub-account) id
          Nothing was sent. Without an account, run the billing workflow on the sandbox:
            ./mvnw -q -pl invoices-examples -am compile exec:java""");
      return;
    }
    try (InvoicesClient client = InvoicesClient.builder().accessToken(token).build()) {
      tour(client.forLocation(locationId), System.out);
    } catch (HoopAiApiException e) {
      System.err.println("HoopAI refused the request: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Reads and prints the location's settings, its rate-limit budget, next invoice number and ten most
   * recent invoices.
   *
   * @param location the location
   * @param out where to print
   * @return the invoices printed
   */
  public static List<Invoice> tour(LocationClient location, PrintStream out) {
    // The raw answer: the settings, and the rate-limit budget the server reported with them.
    HoopAiResponse<InvoiceSettings> answer = location.invoices().withRawResponse().getInvoiceSettings();
    InvoiceSettings settings = answer.body();
    out.printf("Invoices of %s are titled \"%s\", prefix %s, due after %s days%n",
        settings.getBusinessDetails() == null ? location.locationId() : settings.getBusinessDetails().getName(),
        settings.getTitle(), settings.getInvoiceNumberPrefix(), settings.getDueAfterXDays());
    answer.rateLimit().map(RateLimitInfo::remaining).orElse(OptionalInt.empty())
        .ifPresent(left -> out.println("Requests left in this rate-limit window: " + left));
    out.println("Next invoice number: " + location.invoices().generateInvoiceNumber().getInvoiceNumber());

    ListInvoicesParams newestFirst = ListInvoicesParams.builder()
        .sortField(InvoiceSortField.ISSUE_DATE)
        .sortOrder(SortOrder.DESCEND)
        .limit(10)
        .build();
    List<Invoice> recent = location.invoices().listInvoicesAutoPaging(newestFirst).limit(10).toList();
    out.println("Most recent invoices:");
    for (Invoice invoice : recent) {
      out.printf("  %-12s %-16s %10s %s due %s%n", invoice.getInvoiceNumber(), invoice.getStatus(),
          invoice.getTotal(), invoice.getCurrency(), invoice.getAmountDue());
    }
    return recent;
  }
}
