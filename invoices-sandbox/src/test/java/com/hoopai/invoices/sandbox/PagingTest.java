package com.hoopai.invoices.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceList;
import com.hoopai.invoices.model.PaymentMode;
import com.hoopai.invoices.sandbox.support.RawHttp;
import com.hoopai.invoices.sandbox.support.Requests;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** limit/offset paging, each list's own envelope, filters, and the client's auto-paging over them. */
@HoopAiSandboxTest
class PagingTest {

  @Test
  void limitAndOffsetPageTheInvoicesNewestFirstAndTotalCountsAll(LocationClient hoopai) {
    List<String> names = create(hoopai, 7);

    InvoiceList first = hoopai.invoices().listInvoices(3, 0, null, null, null, null, null, null, null, null);
    InvoiceList last = hoopai.invoices().listInvoices(3, 6, null, null, null, null, null, null, null, null);

    assertThat(first.getTotal()).isEqualTo(7);
    assertThat(first.getInvoices()).extracting(Invoice::getName).containsExactly(names.get(6), names.get(5),
        names.get(4));
    assertThat(last.getInvoices()).extracting(Invoice::getName).containsExactly(names.get(0));
  }

  @Test
  void autoPagingWalksEveryPage(LocationClient hoopai, HoopAiSandbox sandbox) {
    create(hoopai, 11);
    int before = sandbox.requestCount();

    List<Invoice> all = hoopai.invoices()
        .listInvoicesAutoPaging(null, null, null, null, null, null, "issueDate", "ascend", 4).toList();

    assertThat(all).hasSize(11);
    assertThat(all).extracting(Invoice::getIssueDate).isSorted();
    assertThat(sandbox.requestCount() - before).as("pages of 4, 4 and 3").isEqualTo(3);
  }

  @Test
  void filtersNarrowTheListAndTheTotal(LocationClient hoopai) {
    create(hoopai, 3);
    hoopai.invoices().createInvoice(Requests.invoice().name("Test-mode invoice").liveMode(false));
    Invoice sent = hoopai.invoices().createInvoice(Requests.invoice().name("Sent one"));
    hoopai.invoices().sendInvoice(sent.getId(), Requests.send());

    assertThat(hoopai.invoices().listInvoices(10, 0, "sent", null, null, null, null, null, null, null).getTotal())
        .isEqualTo(1);
    assertThat(hoopai.invoices().listInvoices(10, 0, null, null, null, null, PaymentMode.TEST, null, null, null)
        .getTotal()).isEqualTo(1);
    assertThat(hoopai.invoices().listInvoices(10, 0, null, null, null, "test-MODE", null, null, null, null)
        .getTotal()).isEqualTo(1);
    assertThat(hoopai.invoices().listInvoices(10, 0, null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3),
        null, null, null, null, null).getTotal()).isEqualTo(2);
  }

  @Test
  void eachListHasItsOwnEnvelope(HoopAiSandbox sandbox, LocationClient hoopai) {
    hoopai.invoiceTemplates().createInvoiceTemplate(Requests.template());
    hoopai.invoiceSchedules().createInvoiceSchedule(Requests.schedule(LocalDate.of(2026, 5, 1)));
    hoopai.estimates().createEstimate(Requests.estimate());
    hoopai.estimateTemplates().createEstimateTemplate(Requests.estimateTemplate());
    RawHttp http = new RawHttp(sandbox.baseUrl()).authorized(sandbox.accessToken());
    String query = "?altType=location&altId=" + sandbox.locationId() + "&limit=10&offset=0";

    assertThat(fields(http.get("/invoices/" + query).json())).containsExactly("invoices", "total");
    assertThat(fields(http.get("/invoices/template" + query).json())).containsExactly("data", "totalCount");
    assertThat(fields(http.get("/invoices/schedule" + query).json())).containsExactly("schedules", "total");
    assertThat(fields(http.get("/invoices/estimate/list" + query).json()))
        .containsExactly("estimates", "total", "traceId");
    assertThat(fields(http.get("/invoices/estimate/template" + query).json()))
        .containsExactly("data", "totalCount", "traceId");
  }

  private static List<String> create(LocationClient hoopai, int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> {
      String name = "Invoice " + i;
      hoopai.invoices().createInvoice(Requests.invoice().name(name).issueDate(LocalDate.of(2026, 3, i)));
      return name;
    }).toList();
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
