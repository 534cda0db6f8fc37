package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.ListInvoicesParams;
import com.hoopai.invoices.model.SendInvoiceRequest;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** No id can change the route or the query: each is one opaque path segment. */
class PathEncodingTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  @ParameterizedTest(name = "id {0} is sent as {1}")
  @CsvSource(delimiter = '|', value = {
      "../template/x | ..%2Ftemplate%2Fx",
      "a/b           | a%2Fb",
      "%2e%2e        | %252e%252e",
      "x?y#z         | x%3Fy%23z",
      "a b+c&d=e     | a%20b%2Bc%26d%3De",
      "..%2f         | ..%252f",
      "façade        | fa%C3%A7ade",
      "...           | ...",
      "6578278e879ad2646715ba9c | 6578278e879ad2646715ba9c"})
  void anIdIsOneEncodedPathSegment(String id, String encoded) throws Exception {
    hoopAi.enqueueExample("getInvoice");

    hoopAi.client().forLocation(LOCATION).invoices().getInvoice(id);

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/invoices/" + encoded + "?altType=location&altId=" + LOCATION);
    assertThat(request.getUrl().pathSegments()).containsExactly("invoices", id);
    assertThat(request.getUrl().queryParameterNames()).containsExactlyInAnyOrder("altType", "altId");
  }

  @ParameterizedTest(name = "id {0} in a body operation")
  @ValueSource(strings = {"../6578278e879ad2646715ba9c", "x/send?y"})
  void anIdCannotReachAnotherOperation(String id) throws Exception {
    hoopAi.enqueueExample("sendInvoice");

    hoopAi.client().invoices().sendInvoice(id,
        SpecExamples.request("sendInvoice", com.hoopai.invoices.model.SendInvoiceRequest.class));

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getUrl().pathSegments()).containsExactly("invoices", id, "send");
    assertThat(request.getUrl().querySize()).isZero();
  }

  @ParameterizedTest(name = "id \"{0}\" is refused before sending")
  @ValueSource(strings = {".", "..", " ", ""})
  void dotSegmentsAndBlankIdsAreRefusedBeforeAnythingIsSent(String id) {
    assertThatThrownBy(() -> hoopAi.client().forLocation(LOCATION).invoices().getInvoice(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invoiceId");

    assertThat(hoopAi.requestCount()).isZero();
  }

  @ParameterizedTest(name = "query value {0} stays in its parameter")
  @ValueSource(strings = {"a&altId=other", "x#frag", "50% off"})
  void queryValuesCannotAddParameters(String search) throws Exception {
    hoopAi.enqueueJson(200, "{\"invoices\":[],\"total\":0}");

    hoopAi.client().invoices().listInvoices(ListInvoicesParams.builder().altId(LOCATION).limit(10).search(search).build());

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getUrl().queryParameter("search")).isEqualTo(search);
    assertThat(request.getUrl().queryParameterValues("altId")).containsExactly(LOCATION);
  }
}
