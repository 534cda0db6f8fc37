package com.hoopai.invoices.client.resilience;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.RequestOptions;
import com.hoopai.invoices.client.RetryMode;
import com.hoopai.invoices.client.RetryPolicy;
import com.hoopai.invoices.client.errors.ServerErrorException;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Resilience4j {@link Retry} of the application's own (a registry's instance) sets the attempts and waits
 * and hears the events; the client's rules still decide what may be retried.
 */
class RetryInstanceTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static final String INVOICE_ID = "6578278e879ad2646715ba9c";

  private final List<String> events = new CopyOnWriteArrayList<>();
  private Retry retry;

  @BeforeEach
  void registryInstance() {
    retry = instance(RetryConfig.custom().maxAttempts(4).waitDuration(Duration.ofMillis(5)));
  }

  private Retry instance(RetryConfig.Builder<Object> config) {
    Retry instance = RetryRegistry.of(config.build()).retry("hoopai-invoices");
    instance.getEventPublisher().onEvent(e -> events.add(e.getEventType() + " " + e.getNumberOfRetryAttempts()));
    return instance;
  }

  private InvoicesClient client(Retry instance) {
    return hoopAi.clientBuilder().retry(instance).build();
  }

  private void enqueueStatus(int status) {
    hoopAi.enqueueJson(status, "{\"statusCode\":" + status + ",\"message\":\"injected\"}");
  }

  @Test
  void theInstanceDecidesHowManyAttemptsAGetGets() {
    for (int i = 0; i < 4; i++) {
      enqueueStatus(503);
    }

    catchThrowableOfType(ServerErrorException.class, () -> client(retry).forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(hoopAi.requestCount()).isEqualTo(4);
    assertThat(retry.getMetrics().getNumberOfFailedCallsWithRetryAttempt()).isEqualTo(1);
    assertThat(events).containsExactly("RETRY 1", "RETRY 2", "RETRY 3", "ERROR 4");
  }

  @Test
  void aRetriedGetIsCountedAndPublishedByTheInstance() {
    enqueueStatus(503);
    hoopAi.enqueueExample("getInvoice");

    client(retry).forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);

    assertThat(hoopAi.requestCount()).isEqualTo(2);
    assertThat(retry.getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt()).isEqualTo(1);
    assertThat(events).containsExactly("RETRY 1", "SUCCESS 1");
  }

  @Test
  void aCallThatSucceedsAtOnceIsCountedWithoutRetry() {
    hoopAi.enqueueExample("getInvoice");

    client(retry).forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);

    assertThat(retry.getMetrics().getNumberOfSuccessfulCallsWithoutRetryAttempt()).isEqualTo(1);
  }

  @Test
  void aCreateAnswered500IsNeverRetriedWhateverTheInstanceSays() {
    Retry retryEverything = instance(RetryConfig.custom().maxAttempts(5).waitDuration(Duration.ofMillis(1))
        .retryOnException(e -> true));
    enqueueStatus(500);
    hoopAi.enqueueExample("createInvoice");

    ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> client(retryEverything)
        .invoices().createInvoice(SpecExamples.request("createInvoice", CreateInvoiceRequest.class)));

    assertThat(hoopAi.requestCount()).isEqualTo(1);
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(events).isEmpty();
  }

  @Test
  void theInstancesIgnoredExceptionsCanOnlyRefuseMore() {
    Retry ignoring = instance(RetryConfig.custom().maxAttempts(4).waitDuration(Duration.ofMillis(1))
        .ignoreExceptions(ServerErrorException.class));
    enqueueStatus(503);
    hoopAi.enqueueExample("getInvoice");

    catchThrowableOfType(ServerErrorException.class, () -> client(ignoring).forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(hoopAi.requestCount()).isEqualTo(1);
    assertThat(events).containsExactly("IGNORED_ERROR 0");
  }

  @Test
  void retryModeNeverSendsOnceWithTheInstanceToo() {
    enqueueStatus(503);

    catchThrowableOfType(ServerErrorException.class,
        () -> client(retry).withOptions(RequestOptions.builder().retryMode(RetryMode.NEVER).build()).forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(hoopAi.requestCount()).isEqualTo(1);
  }

  @Test
  void aRetryAfterLongerThanTheInstancesWaitIsHonouredUpToThePolicysCap() {
    hoopAi.server().enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "30")
        .addHeader("Content-Type", "application/json").body("{\"statusCode\":429,\"message\":\"slow down\"}").build());
    hoopAi.enqueueExample("getInvoice");
    InvoicesClient capped = hoopAi.clientBuilder().retry(retry)
        .retryPolicy(RetryPolicy.builder().maxRetryAfter(Duration.ofMillis(300)).build()).build();

    long started = System.nanoTime();
    capped.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(hoopAi.requestCount()).isEqualTo(2);
    assertThat(took).isBetween(Duration.ofMillis(290), Duration.ofSeconds(5));
  }

  @Test
  void aViewWithItsOwnRetryPolicyNoLongerUsesTheInstance() {
    enqueueStatus(503);
    enqueueStatus(503);

    catchThrowableOfType(ServerErrorException.class, () -> client(retry)
        .withOptions(RequestOptions.builder()
            .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ZERO).build()).build())
        .forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(hoopAi.requestCount()).isEqualTo(2);
    assertThat(events).isEmpty();
  }
}
