package com.hoopai.invoices.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceList;
import com.hoopai.invoices.model.InvoiceSortField;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.ListInvoicesParams;
import com.hoopai.invoices.model.PaymentMode;
import com.hoopai.invoices.model.SortOrder;
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

    InvoiceList first = hoopai.invoices().listInvoices(page(3, 0));
    InvoiceList last = hoopai.invoices().listInvoices(page(3, 6));

    assertThat(first.getTotal()).isEqualTo(7);
    assertThat(first.getInvoices()).extracting(Invoice::getName).containsExactly(names.get(6), names.get(5),
        names.get(4));
    assertThat(last.getInvoices()).extracting(Invoice::getName).containsExactly(names.get(0));
  }

  @Test
  void autoPagingWalksEveryPage(LocationClient hoopai, HoopAiSandbox sandbox) {
    create(hoopai, 11);
    long before = sandbox.requests().count();

    List<Invoice> all = hoopai.invoices()
        .listInvoicesAutoPaging(ListInvoicesParams.builder()
            .sortField(InvoiceSortField.ISSUE_DATE).sortOrder(SortOrder.ASCEND).limit(4).build())
        .toList();

    assertThat(all).hasSize(11);
    assertThat(all).extracting(Invoice::getIssueDate).isSorted();
    assertThat(sandbox.requests().count() - before).as("pages of 4, 4 and 3").isEqualTo(3);
  }

  @Test
  void filtersNarrowTheListAndTheTotal(LocationClient hoopai) {
    create(hoopai, 3);
    hoopai.invoices().createInvoice(Requests.invoice().name("Test-mode invoice").liveMode(false));
    Invoice sent = hoopai.invoices().createInvoice(Requests.invoice().name("Sent one"));
    hoopai.invoices().sendInvoice(sent.getId(), Requests.send());

    assertThat(total(hoopai, page(10, 0).toBuilder().status(InvoiceStatus.SENT))).isEqualTo(1);
    assertThat(total(hoopai, page(10, 0).toBuilder().paymentMode(PaymentMode.TEST))).isEqualTo(1);
    assertThat(total(hoopai, page(10, 0).toBuilder().search("test-MODE"))).isEqualTo(1);
    assertThat(total(hoopai, page(10, 0).toBuilder().startAt(LocalDate.of(2026, 3, 2))
        .endAt(LocalDate.of(2026, 3, 3)))).isEqualTo(2);
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

  private static ListInvoicesParams page(int limit, int offset) {
    return ListInvoicesParams.builder().limit(limit).offset(offset).build();
  }

  private static int total(LocationClient hoopai, ListInvoicesParams.Builder filters) {
    return hoopai.invoices().listInvoices(filters.build()).getTotal();
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
