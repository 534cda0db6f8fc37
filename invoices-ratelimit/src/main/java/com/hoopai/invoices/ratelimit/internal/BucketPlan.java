package com.hoopai.invoices.ratelimit.internal;

import com.hoopai.invoices.client.ratelimit.RateLimitBands;
import com.hoopai.invoices.client.ratelimit.RateLimitKey;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How HoopAI's limits become a Bucket4j bucket. The server counts requests in windows whose start it alone
 * knows, so the bucket must allow at most {@code max} requests in <em>any</em> window: a token bucket of
 * capacity {@code C} refilled at rate {@code r} allows at most {@code C + r * W} in a window of length
 * {@code W}. With {@code C = 1} and {@code r = (max - 1) / (W + margin)} that stays below {@code max} even when
 * arrivals are spread by up to the margin ({@code W / 20}, at least 50 ms) plus one refill period more than the
 * sends (about 0.6 s at 100 per 10 s, 150 ms at 40 per 2 s), while the steady pace stays within 10 % of the limit
 * (94 % of 100 per 10 s, 93 % of 40 per 2 s). The daily band is a second limit refilled at midnight UTC.
 *
 * <p>Limits that change after a bucket was made from the server's figures take effect when the bucket expires
 * (a day without calls); meanwhile the client's own view, corrected by every answer's headers, holds sends
 * back when the server says the budget is spent.
 */
public final class BucketPlan {

  private static final Duration MIN_MARGIN = Duration.ofMillis(50);

  private BucketPlan() {
  }

  /**
   * The store key of a budget: the app and the location.
   *
   * @param key the app and location
   * @return a key such as {@code hoopai:app/location}
   */
  public static String key(RateLimitKey key) {
    return "hoopai:" + key.id();
  }

  /**
   * The configuration version of the limits: a process that has not heard from the server yet books with
   * the documented limits (version 0) and never replaces a bucket made from the server's figures (version
   * 1); the first process to learn them replaces the documented bucket, keeping the tokens it holds.
   *
   * @param bands the limits
   * @return 0 for the documented limits, 1 for limits the server reported
   */
  public static long version(RateLimitBands bands) {
    return bands.equals(RateLimitBands.DOCUMENTED) ? 0 : 1;
  }

  /**
   * The bucket of a budget.
   *
   * @param bands the limits
   * @param now the current time, for the daily band's midnight
   * @return the configuration
   */
  public static BucketConfiguration configuration(RateLimitBands bands, Instant now) {
    long burst = burst(bands);
    Duration period = bands.window().plus(margin(bands.window()));
    long refill = Math.max(1, bands.max() - burst);
    Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return BucketConfiguration.builder()
        .addLimit(limit -> limit.capacity(burst).refillGreedy(refill, period).id("burst"))
        .addLimit(limit -> limit.capacity(bands.dailyLimit())
            .refillIntervallyAligned(bands.dailyLimit(), Duration.ofDays(1), midnight).id("daily"))
        .build();
  }

  /** Requests that may go at once: one (each more would cost a request per window in the steady pace). */
  static long burst(RateLimitBands bands) {
    return 1;
  }

  /** How much later than its send a request may arrive without risking a 429 (besides a refill period). */
  static Duration margin(Duration window) {
    Duration margin = window.dividedBy(20);
    return margin.compareTo(MIN_MARGIN) < 0 ? MIN_MARGIN : margin;
  }
}
