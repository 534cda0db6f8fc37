package com.hoopai.invoices.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.errors.CircuitOpenException;
import com.hoopai.invoices.client.errors.NotFoundException;
import com.hoopai.invoices.client.errors.ServerErrorException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The recommended breaker counts server failures only, and each of its figures can be set again. */
class CircuitBreakerDefaultsTest {

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void notFoundAnswersLeaveItClosedAndServerErrorsOpenIt() {
    CircuitBreaker breaker = CircuitBreaker.of("hoopai-invoices", CircuitBreakerDefaults.config()
        .slidingWindowSize(4).minimumNumberOfCalls(4).waitDurationInOpenState(Duration.ofMinutes(1)).build());
    try (InvoicesClient client = InvoicesClient.builder().baseUrl(server.url("/").toString()).accessToken("t")
        .retryPolicy(RetryPolicy.none()).paceRateLimits(false).circuitBreaker(breaker).build()) {
      for (int status : new int[] {404, 404, 404, 503, 503}) {
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
            .body("{\"statusCode\":" + status + ",\"message\":\"no\"}").build());
      }
      for (int i = 0; i < 3; i++) {
        assertThatThrownBy(() -> getInvoice(client)).isInstanceOf(NotFoundException.class);
      }
      assertThatThrownBy(() -> getInvoice(client)).isInstanceOf(ServerErrorException.class);
      assertThat(breaker.getState()).as("one failure in four: the 404s count as answers").isEqualTo(
          CircuitBreaker.State.CLOSED);

      assertThatThrownBy(() -> getInvoice(client)).isInstanceOf(ServerErrorException.class);
      assertThat(breaker.getState()).as("two failures in four").isEqualTo(CircuitBreaker.State.OPEN);
      assertThatThrownBy(() -> getInvoice(client)).isInstanceOf(CircuitOpenException.class);
      assertThat(server.getRequestCount()).as("nothing sent while open").isEqualTo(5);
    }
  }

  private static Object getInvoice(InvoicesClient client) {
    return client.forLocation("loc-1").invoices().getInvoice("inv-1");
  }

  @Test
  void theDefaultsAreTheDocumentedFiguresAndCanAllBeSetAgain() {
    CircuitBreakerConfig defaults = CircuitBreakerDefaults.config().build();
    assertThat(defaults.getFailureRateThreshold()).isEqualTo(CircuitBreakerDefaults.DEFAULT_FAILURE_RATE_THRESHOLD);
    assertThat(defaults.getSlidingWindowSize()).isEqualTo(CircuitBreakerDefaults.DEFAULT_SLIDING_WINDOW_SIZE);
    assertThat(defaults.getMinimumNumberOfCalls()).isEqualTo(CircuitBreakerDefaults.DEFAULT_MINIMUM_NUMBER_OF_CALLS);
    assertThat(defaults.getWaitIntervalFunctionInOpenState().apply(1))
        .isEqualTo(CircuitBreakerDefaults.DEFAULT_WAIT_DURATION_IN_OPEN_STATE.toMillis());

    CircuitBreakerConfig adjusted = CircuitBreakerDefaults.config().failureRateThreshold(25).slidingWindowSize(8)
        .minimumNumberOfCalls(4).waitDurationInOpenState(Duration.ofSeconds(5)).build();
    assertThat(adjusted.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(5_000L);
    assertThat(adjusted.getRecordExceptionPredicate().test(new IllegalStateException("a bug"))).isFalse();
  }
}
