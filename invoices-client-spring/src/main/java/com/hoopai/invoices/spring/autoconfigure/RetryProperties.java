package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.client.RetryPolicy;
import java.time.Duration;

/**
 * Retries of failed calls; which calls may be retried is the client's rule, by idempotency.
 *
 * <pre>{@code
 * hoopai.invoices.retry.max-attempts=4
 * hoopai.invoices.retry.max-backoff=10s
 * }</pre>
 */
public class RetryProperties {

  /** Attempts in all, the first included; 1 for no retry. */
  private int maxAttempts = RetryPolicy.DEFAULT_MAX_ATTEMPTS;

  /** The wait before the first retry. */
  private Duration initialBackoff = RetryPolicy.DEFAULT_INITIAL_BACKOFF;

  /** How much each wait grows. */
  private double multiplier = RetryPolicy.DEFAULT_MULTIPLIER;

  /** The longest wait between attempts. */
  private Duration maxBackoff = RetryPolicy.DEFAULT_MAX_BACKOFF;

  /** How much each wait is spread at random, from 0 to 1. */
  private double jitter = RetryPolicy.DEFAULT_JITTER;

  /** The longest wait a server's Retry-After can impose. */
  private Duration maxRetryAfter = RetryPolicy.DEFAULT_MAX_RETRY_AFTER;

  /**
   * The value of {@code hoopai.invoices.retry.max-attempts}.
   *
   * @return the value
   */
  public int getMaxAttempts() {
    return maxAttempts;
  }

  /**
   * Sets {@code hoopai.invoices.retry.max-attempts}.
   *
   * @param maxAttempts the value
   */
  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  /**
   * The value of {@code hoopai.invoices.retry.initial-backoff}.
   *
   * @return the value
   */
  public Duration getInitialBackoff() {
    return initialBackoff;
  }

  /**
   * Sets {@code hoopai.invoices.retry.initial-backoff}.
   *
   * @param initialBackoff the value
   */
  public void setInitialBackoff(Duration initialBackoff) {
    this.initialBackoff = initialBackoff;
  }

  /**
   * The value of {@code hoopai.invoices.retry.multiplier}.
   *
   * @return the value
   */
  public double getMultiplier() {
    return multiplier;
  }

  /**
   * Sets {@code hoopai.invoices.retry.multiplier}.
   *
   * @param multiplier the value
   */
  public void setMultiplier(double multiplier) {
    this.multiplier = multiplier;
  }

  /**
   * The value of {@code hoopai.invoices.retry.max-backoff}.
   *
   * @return the value
   */
  public Duration getMaxBackoff() {
    return maxBackoff;
  }

  /**
   * Sets {@code hoopai.invoices.retry.max-backoff}.
   *
   * @param maxBackoff the value
   */
  public void setMaxBackoff(Duration maxBackoff) {
    this.maxBackoff = maxBackoff;
  }

  /**
   * The value of {@code hoopai.invoices.retry.jitter}.
   *
   * @return the value
   */
  public double getJitter() {
    return jitter;
  }

  /**
   * Sets {@code hoopai.invoices.retry.jitter}.
   *
   * @param jitter the value
   */
  public void setJitter(double jitter) {
    this.jitter = jitter;
  }

  /**
   * The value of {@code hoopai.invoices.retry.max-retry-after}.
   *
   * @return the value
   */
  public Duration getMaxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Sets {@code hoopai.invoices.retry.max-retry-after}.
   *
   * @param maxRetryAfter the value
   */
  public void setMaxRetryAfter(Duration maxRetryAfter) {
    this.maxRetryAfter = maxRetryAfter;
  }
}
