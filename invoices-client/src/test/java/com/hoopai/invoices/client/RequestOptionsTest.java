package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static com.hoopai.invoices.client.support.HoopAiMock.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.errors.HoopAiTimeoutException;
import com.hoopai.invoices.client.errors.RateLimitedException;
import com.hoopai.invoices.client.errors.ServerErrorException;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.GetInvoiceParams;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.RecordPaymentRequest;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One options object, applied to a client view or to one call: retries, timeouts, extra headers. */
class RequestOptionsTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static final String INVOICE_ID = "6578278e879ad2646715ba9c";

  @Test
  void extraHeadersOfOneCallAreSentWithThatCallOnly() throws Exception {
    hoopAi.enqueueExample("getInvoice");
    hoopAi.enqueueExample("getInvoice");

    hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID,
        RequestOptions.builder().header("X-Request-Origin", "pos-7").build());
    hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);

    assertThat(hoopAi.takeRequest().getHeaders().get("X-Request-Origin")).isEqualTo("pos-7");
    assertThat(hoopAi.takeRequest().getHeaders().get("X-Request-Origin")).isNull();
  }

  @Test
  void aViewsOptionsApplyToEveryCallAndACallsOptionsComeOnTop() throws Exception {
    InvoicesClient tagged = hoopAi.client().withOptions(RequestOptions.builder().header("X-App", "billing")
        .header("X-Step", "view").build());
    hoopAi.enqueueExample("getInvoice");

    tagged.invoices().getInvoice(INVOICE_ID, GetInvoiceParams.builder().altId(LOCATION).build(),
        RequestOptions.builder().header("X-Step", "call").build());

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getHeaders().get("X-App")).isEqualTo("billing");
    assertThat(request.getHeaders().get("X-Step")).isEqualTo("call");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(tagged.options().headers()).containsEntry("X-Step", "view");
    assertThat(hoopAi.client().options().isEmpty()).isTrue();
  }

  @Test
  void theHeadersTheClientOwnsCannotBeSet() {
    assertThatThrownBy(() -> RequestOptions.builder().header("Authorization", "Bearer stolen"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("set by the client");
    assertThatThrownBy(() -> RequestOptions.builder().header("version", "v3"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Bad", "line\nbreak"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RequestOptions.builder().header("X-Secret", "s3cr3t").build().toString()).doesNotContain("s3cr3t");
  }

  @Test
  void aCallsReadTimeoutAppliesToThatCall() {
    hoopAi.server().enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body("{}").headersDelay(1500, java.util.concurrent.TimeUnit.MILLISECONDS).build());

    HoopAiTimeoutException e = catchThrowableOfType(HoopAiTimeoutException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID, RequestOptions.builder()
            .readTimeout(Duration.ofMillis(200)).retryMode(RetryMode.NEVER).build()));

    assertThat(e.requestSent()).isTrue();
    assertThat(hoopAi.requestCount()).isEqualTo(1);
  }

  @Test
  void aCallsRetryModeDecidesWhetherItIsSentAgain() {
    hoopAi.enqueueJson(503, "{\"statusCode\":503,\"message\":\"down\"}");
    hoopAi.enqueueJson(503, "{\"statusCode\":503,\"message\":\"down\"}");
    hoopAi.enqueueExample("getInvoice");

    catchThrowableOfType(ServerErrorException.class, () -> hoopAi.client().forLocation(LOCATION).invoices()
        .getInvoice(INVOICE_ID, RequestOptions.builder().retryMode(RetryMode.NEVER).build()));
    assertThat(hoopAi.requestCount()).isEqualTo(1);

    Invoice invoice = hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID, RequestOptions.builder()
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ZERO).build()).build());
    assertThat(invoice.getId()).isEqualTo(INVOICE_ID);
    assertThat(hoopAi.requestCount()).isEqualTo(3);
  }

  @Test
  void aRawResponseCarriesStatusHeadersRateLimitAndTraceId() throws Exception {
    hoopAi.server().enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .addHeader("X-RateLimit-Max", "100").addHeader("X-RateLimit-Remaining", "97")
        .addHeader("X-Trace-Id", "trace-123").addHeader("Set-Cookie", "session=abc")
        .body(SpecExamples.operation("getInvoice").responseExample().toString()).build());

    HoopAiResponse<Invoice> response = hoopAi.client().forLocation(LOCATION).invoices().withRawResponse()
        .getInvoice(INVOICE_ID);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body().getId()).isEqualTo(INVOICE_ID);
    assertThat(response.rateLimit().orElseThrow().remaining()).hasValue(97);
    assertThat(response.traceId()).contains("trace-123");
    assertThat(response.header("x-ratelimit-max")).contains("100");
    assertThat(response.operationId()).isEqualTo("getInvoice");
    assertThat(response.toString()).doesNotContain("session=abc").contains("trace-123");
    assertThat(hoopAi.takeRequest().getUrl().queryParameter("altId")).isEqualTo(LOCATION);
  }

  @Test
  void aRawResponseOfAnOperationWithoutBodyHasNone() throws Exception {
    hoopAi.server().enqueue(new MockResponse.Builder().code(200).build());

    HoopAiResponse<Void> response = hoopAi.client().invoices().withRawResponse().updateInvoiceLastVisitedAt(
        new com.hoopai.invoices.model.InvoiceLastVisitedRequest().invoiceId(INVOICE_ID));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isNull();
  }

  @Test
  void aMoneyMovingCallWithRetryModeNeverIsSentOnceEvenAfterA429() {
    hoopAi.enqueueJson(429, "{\"statusCode\":429,\"message\":\"Too many requests\"}");
    RecordPaymentRequest payment = SpecExamples.request("recordInvoicePayment", RecordPaymentRequest.class);

    catchThrowableOfType(RateLimitedException.class, () -> hoopAi.client().invoices().recordInvoicePayment(INVOICE_ID,
        payment, RequestOptions.builder().retryMode(RetryMode.NEVER).build()));

    assertThat(hoopAi.requestCount()).isEqualTo(1);
  }
}
