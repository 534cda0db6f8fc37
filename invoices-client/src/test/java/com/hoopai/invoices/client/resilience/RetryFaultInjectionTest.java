package com.hoopai.invoices.client.resilience;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static com.hoopai.invoices.client.support.HoopAiMock.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.RequestOptions;
import com.hoopai.invoices.client.RetryMode;
import com.hoopai.invoices.client.RetryPolicy;
import com.hoopai.invoices.client.errors.HoopAiConnectionException;
import com.hoopai.invoices.client.errors.HoopAiTimeoutException;
import com.hoopai.invoices.client.errors.InvalidResponseException;
import com.hoopai.invoices.client.errors.ServerErrorException;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceSettings;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Faults injected over real HTTP: what is retried, what is not, and what the caller is told. Safe
 * operations are retried on transient failures; money-moving ones only when the server provably did not
 * process them.
 */
class RetryFaultInjectionTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static final String INVOICE_ID = "6578278e879ad2646715ba9c";
  private InvoicesClient retrying;

  @BeforeEach
  void retryingClient() {
    retrying = hoopAi.retryingClient();
  }

  private static CreateInvoiceRequest newInvoice() {
    return SpecExamples.request("createInvoice", CreateInvoiceRequest.class);
  }

  private void enqueueStatus(int status) {
    hoopAi.enqueueJson(status, "{\"statusCode\":" + status + ",\"message\":\"injected\"}");
  }

  @Test
  void a503ThenA200OnAGetMakesExactlyTwoRequests() {
    enqueueStatus(503);
    hoopAi.enqueueExample("getInvoice");

    Invoice invoice = retrying.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);

    assertThat(invoice.getId()).isEqualTo(INVOICE_ID);
    assertThat(hoopAi.requestCount()).isEqualTo(2);
  }

  @Test
  void a500OnACreateIsNotRetriedAndSaysTheOutcomeIsUnknown() {
    enqueueStatus(500);
    hoopAi.enqueueExample("createInvoice");

    ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
        () -> retrying.invoices().createInvoice(newInvoice()));

    assertThat(hoopAi.requestCount()).isEqualTo(1);
    assertThat(e.statusCode()).isEqualTo(500);
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e.getMessage()).contains("Outcome unknown: the server may have processed this request");
  }

  @Test
  void a500OnAGetIsRetriedAndItsOutcomeIsKnown() {
    enqueueStatus(500);
    enqueueStatus(500);
    enqueueStatus(500);

    ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
        () -> retrying.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(hoopAi.requestCount()).as("maxAttempts").isEqualTo(3);
    assertThat(e.outcomeUnknown()).isFalse();
  }

  @Test
  void aConnectionDroppedAfterAPostWasReceivedIsNotRetried() {
    hoopAi.server().enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    hoopAi.enqueueExample("createInvoice");

    HoopAiConnectionException e = catchThrowableOfType(HoopAiConnectionException.class,
        () -> retrying.invoices().createInvoice(newInvoice()));

    assertThat(hoopAi.requestCount()).isEqualTo(1);
    assertThat(e.requestSent()).isTrue();
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e.getMessage()).contains("Outcome unknown");
  }

  @Test
  void aConnectionDroppedOnAGetIsRetried() {
    hoopAi.server().enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    hoopAi.enqueueExample("getInvoice");

    Invoice invoice = retrying.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);

    assertThat(invoice.getId()).isEqualTo(INVOICE_ID);
    assertThat(hoopAi.requestCount()).isEqualTo(2);
  }

  @Test
  void a429WithRetryAfterIsWaitedForThenSucceedsEvenForACreate() {
    hoopAi.server().enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
    hoopAi.enqueueExample("createInvoice");

    long start = System.nanoTime();
    Invoice invoice = retrying.invoices().createInvoice(newInvoice());
    Duration waited = Duration.ofNanos(System.nanoTime() - start);

    assertThat(invoice.getId()).isNotBlank();
    assertThat(hoopAi.requestCount()).isEqualTo(2);
    assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void aRetryAfterLongerThanTheCapIsCut() {
    InvoicesClient capped = hoopAi.clientBuilder().retryPolicy(RetryPolicy.builder()
        .maxRetryAfter(Duration.ofMillis(100)).initialBackoff(Duration.ZERO).build()).build();
    hoopAi.server().enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
    hoopAi.enqueueExample("getInvoiceSettings");

    long start = System.nanoTime();
    InvoiceSettings settings = capped.forLocation(LOCATION).invoices().getInvoiceSettings();

    assertThat(settings).isNotNull();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(hoopAi.requestCount()).isEqualTo(2);
  }

  @Test
  void anHtml502PageIsRetriedOnAGetAndTypedOnACreate() {
    MockResponse html = new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
        .body("<html><body><h1>502 Bad Gateway</h1></body></html>").build();
    hoopAi.server().enqueue(html);
    hoopAi.enqueueExample("getInvoice");
    hoopAi.server().enqueue(html);

    assertThat(retrying.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID).getId()).isEqualTo(INVOICE_ID);
    ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
        () -> retrying.invoices().createInvoice(newInvoice()));

    assertThat(e.bodyExcerpt()).contains("502 Bad Gateway");
    assertThat(hoopAi.requestCount()).isEqualTo(3);
  }

  @Test
  void truncatedJsonIsRetriedOnAGetButNotOnACreate() {
    hoopAi.enqueueJson(200, "{\"_id\":\"6578278e879ad2646715ba9c\",\"status\":\"se");
    hoopAi.enqueueExample("getInvoice");
    hoopAi.enqueueJson(200, "{\"_id\":\"6578278e879ad2646715ba9c\",\"status\":\"dra");

    assertThat(retrying.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID).getId()).isEqualTo(INVOICE_ID);
    InvalidResponseException e = catchThrowableOfType(InvalidResponseException.class,
        () -> retrying.invoices().createInvoice(newInvoice()));

    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(hoopAi.requestCount()).isEqualTo(3);
  }

  @Test
  void aResponseSlowerThanTheReadTimeoutIsRetriedOnAGetButNotOnACreate() {
    InvoicesClient impatient = hoopAi.clientBuilder().readTimeout(Duration.ofMillis(250))
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ZERO).build()).build();
    hoopAi.server().enqueue(new MockResponse.Builder().code(200).headersDelay(2, TimeUnit.SECONDS).body("{}").build());
    hoopAi.enqueueExample("getInvoice");
    hoopAi.server().enqueue(new MockResponse.Builder().code(200).headersDelay(2, TimeUnit.SECONDS).body("{}").build());

    assertThat(impatient.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID).getId()).isEqualTo(INVOICE_ID);
    HoopAiTimeoutException e = catchThrowableOfType(HoopAiTimeoutException.class,
        () -> impatient.invoices().createInvoice(newInvoice()));

    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(hoopAi.requestCount()).isEqualTo(3);
  }

  @Test
  void aRefusedConnectionIsRetriedEvenForACreateBecauseNothingWasSent() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    MockWebServer late = new MockWebServer();
    late.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body(SpecExamples.operation("createInvoice").responseExample().toString()).build());
    ScheduledExecutorService starter = Executors.newSingleThreadScheduledExecutor();
    int finalPort = port;
    starter.schedule(() -> {
      late.start(InetAddress.getLoopbackAddress(), finalPort);
      return null;
    }, 150, TimeUnit.MILLISECONDS);
    InvoicesClient toLateServer = InvoicesClient.builder().baseUrl("http://127.0.0.1:" + port).accessToken(TOKEN)
        .paceRateLimits(false)
        .retryPolicy(RetryPolicy.builder().maxAttempts(5).initialBackoff(Duration.ofMillis(200)).jitter(0).build())
        .build();
    try {
      Invoice invoice = toLateServer.invoices().createInvoice(newInvoice());

      assertThat(invoice.getId()).isNotBlank();
      assertThat(late.getRequestCount()).isEqualTo(1);
    } finally {
      starter.shutdownNow();
      toLateServer.close();
      late.close();
    }
  }

  @Test
  void retryModeNeverSendsOnceAndAlwaysRetriesEvenACreate() {
    enqueueStatus(503);
    catchThrowableOfType(ServerErrorException.class,
        () -> retrying.withOptions(RequestOptions.builder().retryMode(RetryMode.NEVER).build())
            .forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));
    assertThat(hoopAi.requestCount()).isEqualTo(1);

    enqueueStatus(500);
    hoopAi.enqueueExample("createInvoice");
    Invoice created = retrying.withOptions(RequestOptions.builder().retryMode(RetryMode.ALWAYS).build())
        .invoices().createInvoice(newInvoice());

    assertThat(created.getId()).isNotBlank();
    assertThat(hoopAi.requestCount()).isEqualTo(3);
    assertThat(retrying.withOptions(RequestOptions.none())).isSameAs(retrying);
  }

  @Test
  void aRetryPolicyCanBeChosenPerView() {
    enqueueStatus(503);
    enqueueStatus(503);
    enqueueStatus(503);
    enqueueStatus(503);
    hoopAi.enqueueExample("getInvoice");

    Invoice invoice = retrying.withOptions(RequestOptions.builder().retryPolicy(RetryPolicy.builder().maxAttempts(5)
        .initialBackoff(Duration.ofMillis(1)).build()).build()).forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);

    assertThat(invoice.getId()).isEqualTo(INVOICE_ID);
    assertThat(hoopAi.requestCount()).isEqualTo(5);
  }

  @Test
  void aClientError400IsNeverRetried() {
    enqueueStatus(400);

    catchThrowableOfType(com.hoopai.invoices.client.errors.BadRequestException.class,
        () -> retrying.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(hoopAi.requestCount()).isEqualTo(1);
  }
}
