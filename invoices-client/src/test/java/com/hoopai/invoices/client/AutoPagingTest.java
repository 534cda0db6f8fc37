package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.errors.InvalidRequestException;
import com.hoopai.invoices.client.errors.ServerErrorException;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.model.Estimate;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.InvoiceTemplate;
import com.hoopai.invoices.model.ListEstimatesParams;
import com.hoopai.invoices.model.ListInvoiceTemplatesParams;
import com.hoopai.invoices.model.ListInvoicesParams;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Auto-paging walks every page lazily, whatever the envelope is called. */
class AutoPagingTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static String invoices(int from, int to, Integer total) {
    String items = IntStream.range(from, to)
        .mapToObj(i -> "{\"_id\":\"inv" + i + "\",\"status\":\"paid\",\"total\":" + i + "}")
        .collect(Collectors.joining(","));
    return "{\"invoices\":[" + items + "]" + (total == null ? "" : ",\"total\":" + total) + "}";
  }

  @Test
  void everyPageIsFetchedInOrderUntilTheTotal() throws Exception {
    hoopAi.enqueueJson(200, invoices(0, 2, 5));
    hoopAi.enqueueJson(200, invoices(2, 4, 5));
    hoopAi.enqueueJson(200, invoices(4, 5, 5));

    List<String> ids = hoopAi.client().invoices()
        .listInvoicesAutoPaging(ListInvoicesParams.builder().altId(LOCATION).status(InvoiceStatus.PAID).limit(2).build())
        .map(Invoice::getId).toList();

    assertThat(ids).containsExactly("inv0", "inv1", "inv2", "inv3", "inv4");
    assertThat(hoopAi.requestCount()).isEqualTo(3);
    for (int offset = 0; offset <= 4; offset += 2) {
      RecordedRequest request = hoopAi.takeRequest();
      assertThat(request.getUrl().queryParameter("limit")).isEqualTo("2");
      assertThat(request.getUrl().queryParameter("offset")).isEqualTo(String.valueOf(offset));
      assertThat(request.getUrl().queryParameter("status")).isEqualTo("paid");
      assertThat(request.getUrl().queryParameter("altId")).isEqualTo(LOCATION);
    }
  }

  @Test
  void withoutATotalAShortPageIsTheLast() {
    hoopAi.enqueueJson(200, invoices(0, 3, null));
    hoopAi.enqueueJson(200, invoices(3, 4, null));

    assertThat(hoopAi.client().invoices().listInvoicesAutoPaging(pages(3)))
        .hasSize(4);
    assertThat(hoopAi.requestCount()).isEqualTo(2);
  }

  @Test
  void anEmptyPageEndsTheStream() {
    hoopAi.enqueueJson(200, invoices(0, 0, 0));

    assertThat(hoopAi.client().invoices().listInvoicesAutoPaging(pages(50)))
        .isEmpty();
    assertThat(hoopAi.requestCount()).isEqualTo(1);
  }

  @Test
  void pagesAreFetchedOnlyAsTheStreamIsConsumed() {
    hoopAi.enqueueJson(200, invoices(0, 2, 100));
    hoopAi.enqueueJson(200, invoices(2, 4, 100));

    Stream<Invoice> all = hoopAi.client().invoices()
        .listInvoicesAutoPaging(pages(2));
    assertThat(hoopAi.requestCount()).isZero();

    Iterator<Invoice> iterator = all.iterator();
    iterator.next();
    assertThat(hoopAi.requestCount()).isEqualTo(1);
    iterator.next();
    iterator.next();
    assertThat(hoopAi.requestCount()).isEqualTo(2);
  }

  @Test
  void theTemplateListsDataAndTotalCountEnvelopeIsPaged() {
    hoopAi.enqueueJson(200, "{\"data\":[{\"_id\":\"t1\",\"name\":\"A\"},{\"_id\":\"t2\",\"name\":\"B\"}],\"totalCount\":3}");
    hoopAi.enqueueJson(200, "{\"data\":[{\"_id\":\"t3\",\"name\":\"C\"}],\"totalCount\":3}");

    assertThat(hoopAi.client().forLocation(LOCATION).invoiceTemplates()
        .listInvoiceTemplatesAutoPaging(ListInvoiceTemplatesParams.builder().limit(2).build()).map(InvoiceTemplate::getId))
        .containsExactly("t1", "t2", "t3");
  }

  @Test
  void theEstimateListsEnvelopeIsPaged() {
    hoopAi.enqueueJson(200, "{\"estimates\":[{\"_id\":\"e1\"},{\"_id\":\"e2\"}],\"total\":\"3\",\"traceId\":\"t\"}");
    hoopAi.enqueueJson(200, "{\"estimates\":[{\"_id\":\"e3\"}],\"total\":3,\"traceId\":\"t\"}");

    assertThat(hoopAi.client().estimates().listEstimatesAutoPaging(ListEstimatesParams.builder().altId(LOCATION).limit(2).build())
        .map(Estimate::getId)).containsExactly("e1", "e2", "e3");
  }

  @Test
  void anErrorOnALaterPageReachesTheConsumer() {
    hoopAi.enqueueJson(200, invoices(0, 2, 4));
    hoopAi.enqueueJson(500, "{\"statusCode\":500,\"message\":\"boom\"}");

    Iterator<Invoice> iterator = hoopAi.client().invoices()
        .listInvoicesAutoPaging(pages(2)).iterator();
    iterator.next();
    iterator.next();

    assertThatThrownBy(iterator::hasNext).isInstanceOf(ServerErrorException.class);
  }

  @Test
  void thePageSizeMustBePositive() {
    assertThatThrownBy(() -> ListInvoicesParams.builder().altId(LOCATION).limit(0).build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("ListInvoicesParams: limit must be at least 1, was 0");
    assertThatThrownBy(() -> Paging.stream(0, 0, (limit, offset) -> null, page -> null, page -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pageSize must be 1 or more, was 0");
  }

  @Test
  void pagingStartsAtTheParamsOffset() throws Exception {
    hoopAi.enqueueJson(200, invoices(3, 5, 5));

    assertThat(hoopAi.client().invoices().listInvoicesAutoPaging(pages(2).toBuilder().offset(3).build()))
        .extracting(Invoice::getId).containsExactly("inv3", "inv4");
    assertThat(hoopAi.takeRequest().getUrl().queryParameter("offset")).isEqualTo("3");
  }

  private static ListInvoicesParams pages(int pageSize) {
    return ListInvoicesParams.builder().altId(LOCATION).limit(pageSize).build();
  }
}
