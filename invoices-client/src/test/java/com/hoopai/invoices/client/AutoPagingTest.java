package com.hoopai.invoices.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.support.MockServerTest;
import com.hoopai.invoices.model.Estimate;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceTemplate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Auto-paging walks every page lazily, whatever the envelope is called. */
class AutoPagingTest extends MockServerTest {

  private static String invoices(int from, int to, Integer total) {
    String items = IntStream.range(from, to)
        .mapToObj(i -> "{\"_id\":\"inv" + i + "\",\"status\":\"paid\",\"total\":" + i + "}")
        .collect(Collectors.joining(","));
    return "{\"invoices\":[" + items + "]" + (total == null ? "" : ",\"total\":" + total) + "}";
  }

  @Test
  void everyPageIsFetchedInOrderUntilTheTotal() throws Exception {
    enqueueJson(200, invoices(0, 2, 5));
    enqueueJson(200, invoices(2, 4, 5));
    enqueueJson(200, invoices(4, 5, 5));

    List<String> ids = client.invoices()
        .listInvoicesAutoPaging(LOCATION, "paid", null, null, null, null, null, null, null, 2)
        .map(Invoice::getId).toList();

    assertThat(ids).containsExactly("inv0", "inv1", "inv2", "inv3", "inv4");
    assertThat(server.getRequestCount()).isEqualTo(3);
    for (int offset = 0; offset <= 4; offset += 2) {
      RecordedRequest request = takeRequest();
      assertThat(request.getUrl().queryParameter("limit")).isEqualTo("2");
      assertThat(request.getUrl().queryParameter("offset")).isEqualTo(String.valueOf(offset));
      assertThat(request.getUrl().queryParameter("status")).isEqualTo("paid");
      assertThat(request.getUrl().queryParameter("altId")).isEqualTo(LOCATION);
    }
  }

  @Test
  void withoutATotalAShortPageIsTheLast() {
    enqueueJson(200, invoices(0, 3, null));
    enqueueJson(200, invoices(3, 4, null));

    assertThat(client.invoices().listInvoicesAutoPaging(LOCATION, null, null, null, null, null, null, null, null, 3))
        .hasSize(4);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anEmptyPageEndsTheStream() {
    enqueueJson(200, invoices(0, 0, 0));

    assertThat(client.invoices().listInvoicesAutoPaging(LOCATION, null, null, null, null, null, null, null, null, 50))
        .isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void pagesAreFetchedOnlyAsTheStreamIsConsumed() {
    enqueueJson(200, invoices(0, 2, 100));
    enqueueJson(200, invoices(2, 4, 100));

    Stream<Invoice> all = client.invoices()
        .listInvoicesAutoPaging(LOCATION, null, null, null, null, null, null, null, null, 2);
    assertThat(server.getRequestCount()).isZero();

    Iterator<Invoice> iterator = all.iterator();
    iterator.next();
    assertThat(server.getRequestCount()).isEqualTo(1);
    iterator.next();
    iterator.next();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void theTemplateListsDataAndTotalCountEnvelopeIsPaged() {
    enqueueJson(200, "{\"data\":[{\"_id\":\"t1\",\"name\":\"A\"},{\"_id\":\"t2\",\"name\":\"B\"}],\"totalCount\":3}");
    enqueueJson(200, "{\"data\":[{\"_id\":\"t3\",\"name\":\"C\"}],\"totalCount\":3}");

    assertThat(client.forLocation(LOCATION).invoiceTemplates()
        .listInvoiceTemplatesAutoPaging(null, null, null, null, null, 2).map(InvoiceTemplate::getId))
        .containsExactly("t1", "t2", "t3");
  }

  @Test
  void theEstimateListsEnvelopeIsPaged() {
    enqueueJson(200, "{\"estimates\":[{\"_id\":\"e1\"},{\"_id\":\"e2\"}],\"total\":\"3\",\"traceId\":\"t\"}");
    enqueueJson(200, "{\"estimates\":[{\"_id\":\"e3\"}],\"total\":3,\"traceId\":\"t\"}");

    assertThat(client.estimates().listEstimatesAutoPaging(LOCATION, null, null, null, null, null, 2)
        .map(Estimate::getId)).containsExactly("e1", "e2", "e3");
  }

  @Test
  void anErrorOnALaterPageReachesTheConsumer() {
    enqueueJson(200, invoices(0, 2, 4));
    enqueueJson(500, "{\"statusCode\":500,\"message\":\"boom\"}");

    Iterator<Invoice> iterator = client.invoices()
        .listInvoicesAutoPaging(LOCATION, null, null, null, null, null, null, null, null, 2).iterator();
    iterator.next();
    iterator.next();

    assertThatThrownBy(iterator::hasNext).isInstanceOf(ServerErrorException.class);
  }

  @Test
  void thePageSizeMustBePositive() {
    assertThatThrownBy(() -> client.invoices()
        .listInvoicesAutoPaging(LOCATION, null, null, null, null, null, null, null, null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pageSize must be 1 or more, was 0");
  }
}
