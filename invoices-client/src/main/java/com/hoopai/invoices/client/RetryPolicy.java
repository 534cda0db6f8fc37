package com.hoopai.invoices.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long the client waits before sending a failed call again: exponential backoff with
 * jitter, capped, honouring the server's {@code Retry-After} up to a cap. Which calls are retried at all is
 * the {@link RetryMode}'s business. Immutable. Retries are run by Resilience4j.
 *
 * <pre>{@code
 * InvoicesClient.builder().accessToken(token)
 *     .retryPolicy(RetryPolicy.builder().maxAttempts(5).maxBackoff(Duration.ofSeconds(10)).build())
 *     .build();
 * }</pre>
 */
public final class RetryPolicy {

  /** Attempts in all by default, the first included. */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  /** The default wait before the first retry. */
  public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(200);
  /** How much each wait grows by default. */
  public static final double DEFAULT_MULTIPLIER = 2.0;
  /** The default longest wait between attempts. */
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(5);
  /** How much each wait is spread at random by default, as a fraction of it. */
  public static final double DEFAULT_JITTER = 0.5;
  /** The longest wait a server's {@code Retry-After} can impose by default. */
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(30);

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final double multiplier;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.multiplier = builder.multiplier;
    this.maxBackoff = builder.maxBackoff;
    this.jitter = builder.jitter;
    this.maxRetryAfter = builder.maxRetryAfter;
  }

  /**
   * The default: 3 attempts, 200 ms doubling up to 5 s, jitter 50 %, {@code Retry-After} honoured up to 30 s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /**
   * One attempt: no call is ever sent twice.
   *
   * @return a policy without retries
   */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from this policy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder().maxAttempts(maxAttempts).initialBackoff(initialBackoff).multiplier(multiplier)
        .maxBackoff(maxBackoff).jitter(jitter).maxRetryAfter(maxRetryAfter);
  }

  /**
   * Attempts in all, the first included.
   *
   * @return 1 or more
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The longest wait the server's {@code Retry-After} can impose; a longer one is cut to this.
   *
   * @return the cap
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The wait before retry number {@code retry} (1 for the first retry), without the server's
   * {@code Retry-After}: {@code initialBackoff * multiplier^(retry-1)}, spread by the jitter, never
   * more than {@code maxBackoff}.
   *
   * @param retry the retry number, 1 or more
   * @param random a number in [0, 1) that picks the point within the jitter
   * @return the wait
   */
  public Duration backoff(int retry, double random) {
    double base = initialBackoff.toNanos() * Math.pow(multiplier, Math.max(0, retry - 1));
    double spread = base * jitter * (2 * random - 1);
    double nanos = Math.min(base + spread, maxBackoff.toNanos());
    return Duration.ofNanos((long) Math.max(0, nanos));
  }

  /**
   * The wait before retrying after the server asked for {@code retryAfter}: that, up to
   * {@link #maxRetryAfter()}.
   *
   * @param retryAfter what the server asked
   * @return the wait
   */
  public Duration retryAfter(Duration retryAfter) {
    return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", multiplier="
        + multiplier + ", maxBackoff=" + maxBackoff + ", jitter=" + jitter + ", maxRetryAfter=" + maxRetryAfter
        + "}";
  }

  /** Builds a {@link RetryPolicy}; each setter checks its input at once. */
  public static final class Builder {
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
    private double multiplier = DEFAULT_MULTIPLIER;
    private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
    private double jitter = DEFAULT_JITTER;
    private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;

    private Builder() {
    }

    /**
     * Attempts in all, the first included.
     *
     * @param maxAttempts 1 (no retry) or more; default {@value RetryPolicy#DEFAULT_MAX_ATTEMPTS}
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be 1 or more, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The wait before the first retry.
     *
     * @param initialBackoff zero or more; default 200 ms
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * How much each wait grows.
     *
     * @param multiplier 1 or more; default {@value RetryPolicy#DEFAULT_MULTIPLIER}
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be 1 or more, was " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /**
     * The longest backoff.
     *
     * @param maxBackoff zero or more; default 5 s
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * How much each wait is spread at random, as a fraction of it, so clients do not retry in step.
     *
     * @param jitter from 0 (none) to 1; default {@value RetryPolicy#DEFAULT_JITTER}
     * @return this builder
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * The longest wait a {@code Retry-After} can impose.
     *
     * @param maxRetryAfter zero or more; default 30 s
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + value);
      }
      return value;
    }
  }
}
