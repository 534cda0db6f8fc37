package com.hoopai.invoices.client;

import com.hoopai.invoices.client.errors.HoopAiConnectionException;
import com.hoopai.invoices.client.errors.ServerErrorException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;

/**
 * The circuit breaker settings we recommend for {@link InvoicesClient.Builder#circuitBreaker}, and the ones the
 * Spring Boot starter uses: it opens when half of the last 20 calls failed, and counts only server errors and
 * transport failures, since a 404 or a 422 says nothing about the API's health.
 *
 * <pre>{@code
 * CircuitBreaker breaker = CircuitBreaker.of("hoopai-invoices", CircuitBreakerDefaults.config().build());
 * InvoicesClient client = InvoicesClient.builder().accessToken(token).circuitBreaker(breaker).build();
 * }</pre>
 */
public final class CircuitBreakerDefaults {

  /** The failure rate, in percent, at which the breaker opens. */
  public static final float DEFAULT_FAILURE_RATE_THRESHOLD = 50;
  /** How many of the last calls the failure rate is computed over. */
  public static final int DEFAULT_SLIDING_WINDOW_SIZE = 20;
  /** How many calls are needed before the failure rate counts. */
  public static final int DEFAULT_MINIMUM_NUMBER_OF_CALLS = 10;
  /** How long the breaker stays open before letting trial calls through. */
  public static final Duration DEFAULT_WAIT_DURATION_IN_OPEN_STATE = Duration.ofSeconds(30);

  private CircuitBreakerDefaults() {
  }

  /**
   * A Resilience4j configuration preset with these defaults, to adjust before building.
   *
   * <pre>{@code
   * CircuitBreakerConfig config = CircuitBreakerDefaults.config().waitDurationInOpenState(Duration.ofSeconds(10)).build();
   * }</pre>
   *
   * @return a new configuration builder
   */
  public static CircuitBreakerConfig.Builder config() {
    // Derived from a built configuration: a fresh builder refuses a second waitDurationInOpenState, this one
    // lets the caller set every figure again.
    return CircuitBreakerConfig.from(CircuitBreakerConfig.custom()
        .recordException(CircuitBreakerDefaults::isFailure)
        .failureRateThreshold(DEFAULT_FAILURE_RATE_THRESHOLD)
        .slidingWindowSize(DEFAULT_SLIDING_WINDOW_SIZE)
        .minimumNumberOfCalls(DEFAULT_MINIMUM_NUMBER_OF_CALLS)
        .waitDurationInOpenState(DEFAULT_WAIT_DURATION_IN_OPEN_STATE)
        .build());
  }

  /**
   * Whether a call's failure counts against the API's health: a server error or a transport failure.
   *
   * <pre>{@code
   * CircuitBreakerConfig.custom().recordException(CircuitBreakerDefaults::isFailure);
   * }</pre>
   *
   * @param failure what the call threw
   * @return {@code true} for a {@link ServerErrorException} or a {@link HoopAiConnectionException}
   */
  public static boolean isFailure(Throwable failure) {
    return failure instanceof ServerErrorException || failure instanceof HoopAiConnectionException;
  }
}
