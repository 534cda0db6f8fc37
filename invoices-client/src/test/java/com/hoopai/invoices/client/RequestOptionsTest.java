package com.hoopai.invoices.client;

import com.hoopai.invoices.client.errors.HoopAiTimeoutException;
import com.hoopai.invoices.client.errors.RateLimitedException;
import com.hoopai.invoices.client.errors.ServerErrorException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.support.MockServerTest;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.GetInvoiceParams;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.RecordPaymentRequest;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** One options object, applied to a client view or to one call: retries, timeouts, extra headers. */
class RequestOptionsTest extends MockServerTest {

  private static final String INVOICE_ID = "6578278e879ad2646715ba9c";

  @Test
  void extraHeadersOfOneCallAreSentWithThatCallOnly() throws Exception {
    enqueueExample("getInvoice");
    enqueueExample("getInvoice");

    client.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID,
        RequestOptions.builder().header("X-Request-Origin", "pos-7").build());
    client.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);

    assertThat(takeRequest().getHeaders().get("X-Request-Origin")).isEqualTo("pos-7");
    assertThat(takeRequest().getHeaders().get("X-Request-Origin")).isNull();
  }

  @Test
  void aViewsOptionsApplyToEveryCallAndACallsOptionsComeOnTop() throws Exception {
    InvoicesClient tagged = client.withOptions(RequestOptions.builder().header("X-App", "billing")
        .header("X-Step", "view").build());
    enqueueExample("getInvoice");

    tagged.invoices().getInvoice(INVOICE_ID, GetInvoiceParams.builder().altId(LOCATION).build(),
        RequestOptions.builder().header("X-Step", "call").build());

    RecordedRequest request = takeRequest();
    assertThat(request.getHeaders().get("X-App")).isEqualTo("billing");
    assertThat(request.getHeaders().get("X-Step")).isEqualTo("call");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(tagged.options().headers()).containsEntry("X-Step", "view");
    assertThat(client.options().isEmpty()).isTrue();
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
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body("{}").headersDelay(1500, java.util.concurrent.TimeUnit.MILLISECONDS).build());

    HoopAiTimeoutException e = catchThrowableOfType(HoopAiTimeoutException.class,
        () -> client.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID, RequestOptions.builder()
            .readTimeout(Duration.ofMillis(200)).retryMode(RetryMode.NEVER).build()));

    assertThat(e.requestSent()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aCallsRetryModeDecidesWhetherItIsSentAgain() {
    enqueueJson(503, "{\"statusCode\":503,\"message\":\"down\"}");
    enqueueJson(503, "{\"statusCode\":503,\"message\":\"down\"}");
    enqueueExample("getInvoice");

    catchThrowableOfType(ServerErrorException.class, () -> client.forLocation(LOCATION).invoices()
        .getInvoice(INVOICE_ID, RequestOptions.builder().retryMode(RetryMode.NEVER).build()));
    assertThat(server.getRequestCount()).isEqualTo(1);

    Invoice invoice = client.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID, RequestOptions.builder()
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ZERO).build()).build());
    assertThat(invoice.getId()).isEqualTo(INVOICE_ID);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aRawResponseCarriesStatusHeadersRateLimitAndTraceId() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .addHeader("X-RateLimit-Max", "100").addHeader("X-RateLimit-Remaining", "97")
        .addHeader("X-Trace-Id", "trace-123").addHeader("Set-Cookie", "session=abc")
        .body(SpecExamples.operation("getInvoice").responseExample().toString()).build());

    HoopAiResponse<Invoice> response = client.forLocation(LOCATION).invoices().withRawResponse()
        .getInvoice(INVOICE_ID);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body().getId()).isEqualTo(INVOICE_ID);
    assertThat(response.rateLimit().orElseThrow().remaining()).hasValue(97);
    assertThat(response.traceId()).contains("trace-123");
    assertThat(response.header("x-ratelimit-max")).contains("100");
    assertThat(response.operationId()).isEqualTo("getInvoice");
    assertThat(response.toString()).doesNotContain("session=abc").contains("trace-123");
    assertThat(takeRequest().getUrl().queryParameter("altId")).isEqualTo(LOCATION);
  }

  @Test
  void aRawResponseOfAnOperationWithoutBodyHasNone() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());

    HoopAiResponse<Void> response = client.invoices().withRawResponse().updateInvoiceLastVisitedAt(
        new com.hoopai.invoices.model.InvoiceLastVisitedRequest().invoiceId(INVOICE_ID));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isNull();
  }

  @Test
  void aMoneyMovingCallWithRetryModeNeverIsSentOnceEvenAfterA429() {
    enqueueJson(429, "{\"statusCode\":429,\"message\":\"Too many requests\"}");
    RecordPaymentRequest payment = SpecExamples.request("recordInvoicePayment", RecordPaymentRequest.class);

    catchThrowableOfType(RateLimitedException.class, () -> client.invoices().recordInvoicePayment(INVOICE_ID,
        payment, RequestOptions.builder().retryMode(RetryMode.NEVER).build()));

    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
