package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.client.CircuitBreakerDefaults;
import java.time.Duration;

/**
 * A circuit breaker that fails calls fast while the API keeps failing (server errors and transport failures).
 *
 * <pre>{@code
 * hoopai.invoices.circuit-breaker.enabled=true
 * hoopai.invoices.circuit-breaker.sliding-window-size=50
 * }</pre>
 */
public class CircuitBreakerProperties {

  /** Whether calls go through a circuit breaker. */
  private boolean enabled = false;

  /** The failure rate, in percent, at which the breaker opens. */
  private float failureRateThreshold = CircuitBreakerDefaults.DEFAULT_FAILURE_RATE_THRESHOLD;

  /** How many of the last calls the failure rate is computed over. */
  private int slidingWindowSize = CircuitBreakerDefaults.DEFAULT_SLIDING_WINDOW_SIZE;

  /** How many calls are needed before the failure rate counts. */
  private int minimumNumberOfCalls = CircuitBreakerDefaults.DEFAULT_MINIMUM_NUMBER_OF_CALLS;

  /** How long the breaker stays open before letting trial calls through. */
  private Duration waitDurationInOpenState = CircuitBreakerDefaults.DEFAULT_WAIT_DURATION_IN_OPEN_STATE;

  /**
   * The value of {@code hoopai.invoices.circuit-breaker.enabled}.
   *
   * @return the value
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets {@code hoopai.invoices.circuit-breaker.enabled}.
   *
   * @param enabled the value
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * The value of {@code hoopai.invoices.circuit-breaker.failure-rate-threshold}.
   *
   * @return the value
   */
  public float getFailureRateThreshold() {
    return failureRateThreshold;
  }

  /**
   * Sets {@code hoopai.invoices.circuit-breaker.failure-rate-threshold}.
   *
   * @param failureRateThreshold the value
   */
  public void setFailureRateThreshold(float failureRateThreshold) {
    this.failureRateThreshold = failureRateThreshold;
  }

  /**
   * The value of {@code hoopai.invoices.circuit-breaker.sliding-window-size}.
   *
   * @return the value
   */
  public int getSlidingWindowSize() {
    return slidingWindowSize;
  }

  /**
   * Sets {@code hoopai.invoices.circuit-breaker.sliding-window-size}.
   *
   * @param slidingWindowSize the value
   */
  public void setSlidingWindowSize(int slidingWindowSize) {
    this.slidingWindowSize = slidingWindowSize;
  }

  /**
   * The value of {@code hoopai.invoices.circuit-breaker.minimum-number-of-calls}.
   *
   * @return the value
   */
  public int getMinimumNumberOfCalls() {
    return minimumNumberOfCalls;
  }

  /**
   * Sets {@code hoopai.invoices.circuit-breaker.minimum-number-of-calls}.
   *
   * @param minimumNumberOfCalls the value
   */
  public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
    this.minimumNumberOfCalls = minimumNumberOfCalls;
  }

  /**
   * The value of {@code hoopai.invoices.circuit-breaker.wait-duration-in-open-state}.
   *
   * @return the value
   */
  public Duration getWaitDurationInOpenState() {
    return waitDurationInOpenState;
  }

  /**
   * Sets {@code hoopai.invoices.circuit-breaker.wait-duration-in-open-state}.
   *
   * @param waitDurationInOpenState the value
   */
  public void setWaitDurationInOpenState(Duration waitDurationInOpenState) {
    this.waitDurationInOpenState = waitDurationInOpenState;
  }
}
