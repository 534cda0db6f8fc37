package com.hoopai.invoices.client.ratelimit;

import java.time.Duration;

/**
 * The limits a budget enforces, as the server last reported them ({@code X-RateLimit-Max},
 * {@code X-RateLimit-Interval-Milliseconds}, {@code X-RateLimit-Limit-Daily}); the documented 100 per 10 s and
 * 200,000 a day until an answer says otherwise.
 *
 * <pre>{@code
 * RateLimitBands bands = RateLimitBands.DOCUMENTED;
 * long perSecond = bands.max() * 1000L / bands.window().toMillis();   // 10
 * }</pre>
 *
 * @param max requests allowed in one burst window, 1 or more
 * @param window the burst window, positive
 * @param dailyLimit requests allowed per UTC day, 1 or more
 */
public record RateLimitBands(int max, Duration window, long dailyLimit) {

  /** HoopAI's documented limits: 100 requests per 10 seconds and 200,000 a day, per app and location. */
  public static final RateLimitBands DOCUMENTED = new RateLimitBands(100, Duration.ofSeconds(10), 200_000);

  /**
   * Checks the limits.
   *
   * @param max requests allowed in one burst window, 1 or more
   * @param window the burst window, positive
   * @param dailyLimit requests allowed per UTC day, 1 or more
   * @throws IllegalArgumentException if a limit is not positive
   */
  public RateLimitBands {
    if (max < 1 || window == null || window.isNegative() || window.isZero() || dailyLimit < 1) {
      throw new IllegalArgumentException("rate-limit bands need max >= 1, a positive window and dailyLimit >= 1, was "
          + max + ", " + window + ", " + dailyLimit);
    }
  }
}
