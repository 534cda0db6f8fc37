package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.model.InvoiceSortField;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.ListInvoicesParams;
import com.hoopai.invoices.model.PaymentMode;
import com.hoopai.invoices.model.SortOrder;
import java.time.LocalDate;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Query values arrive exactly as given, whatever they hold; unset optional parameters are left out; a base
 * URL's path prefix stays on every request.
 */
class QueryEncodingTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  @ParameterizedTest(name = "search \"{0}\" arrives unchanged")
  @ValueSource(strings = {"Morgan & Sons", "a b+c&d=e", "50%+tax=#1/2?", "Müller façade ☃", "x&altId=other"})
  void aQueryValueCannotAddOrChangeParameters(String search) throws Exception {
    hoopAi.enqueueExample("listInvoices");

    hoopAi.client().invoices().listInvoices(ListInvoicesParams.builder().altId(LOCATION).limit(10).search(search).build());

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getUrl().queryParameter("search")).isEqualTo(search);
    assertThat(request.getUrl().queryParameterValues("altId")).containsExactly(LOCATION);
    assertThat(request.getUrl().queryParameterNames())
        .containsExactlyInAnyOrder("altType", "altId", "limit", "offset", "search");
    String target = request.getTarget();
    int start = target.indexOf("&search=") + "&search=".length();
    String rawSearch = target.substring(start, target.indexOf('&', start));
    assertThat(rawSearch).doesNotContain("#", "+", " ", "?", "/", "=");
  }

  @Test
  void everyParameterIsSentInTheSpecsOrderAndUnsetOnesAreLeftOut() throws Exception {
    hoopAi.enqueueExample("listInvoices");
    hoopAi.enqueueExample("listInvoices");

    hoopAi.client().invoices().listInvoices(ListInvoicesParams.builder().altId(LOCATION).limit(100).offset(200)
        .status(InvoiceStatus.PAID).startAt(LocalDate.of(2026, 3, 1)).endAt(LocalDate.of(2026, 3, 31)).search("water")
        .paymentMode(PaymentMode.LIVE).contactId("AmuzcoPBpgKeccNsFlib").sortField(InvoiceSortField.ISSUE_DATE)
        .sortOrder(SortOrder.DESCEND).build());
    hoopAi.client().invoices().listInvoices(ListInvoicesParams.builder().altId(LOCATION).build());

    assertThat(hoopAi.takeRequest().getTarget()).isEqualTo("/invoices/?altType=location&altId=" + LOCATION
        + "&status=paid&startAt=2026-03-01&endAt=2026-03-31&search=water&paymentMode=live"
        + "&contactId=AmuzcoPBpgKeccNsFlib&limit=100&offset=200&sortField=issueDate&sortOrder=descend");
    assertThat(hoopAi.takeRequest().getTarget())
        .isEqualTo("/invoices/?altType=location&altId=" + LOCATION + "&limit=100&offset=0");
  }

  @Test
  void aBaseUrlWithAPathPrefixKeepsItOnEveryRequest() throws Exception {
    hoopAi.enqueueExample("getInvoice");
    hoopAi.enqueueExample("listInvoices");

    try (InvoicesClient behindProxy = hoopAi.clientBuilder().baseUrl(hoopAi.server().url("/hoopai/api/").toString()).build()) {
      behindProxy.forLocation(LOCATION).invoices().getInvoice("a b");
      behindProxy.invoices().listInvoices(ListInvoicesParams.builder().altId(LOCATION).limit(5).search("x y").build());
    }

    assertThat(hoopAi.takeRequest().getTarget())
        .isEqualTo("/hoopai/api/invoices/a%20b?altType=location&altId=" + LOCATION);
    assertThat(hoopAi.takeRequest().getTarget())
        .isEqualTo("/hoopai/api/invoices/?altType=location&altId=" + LOCATION + "&search=x%20y&limit=5&offset=0");
  }
}
