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
 * {@code W}. With {@code C = max / 20} (at least 1) and {@code r = (max - C) / (W + margin)} that is below
 * {@code max} even when arrivals are spread by up to the margin ({@code W / 40}, at least 50 ms) more than the
 * sends, while the steady pace stays within 10 % of the limit (92.7 % of 100 per 10 s). The daily band is a
 * second limit refilled at midnight UTC.
 */
public final class BucketPlan {

  private static final Duration MIN_MARGIN = Duration.ofMillis(50);

  private BucketPlan() {
  }

  /**
   * The store key of a budget: the app, the location and the limits (limits that change start a new bucket).
   *
   * @param key the app and location
   * @param bands the limits
   * @return a key such as {@code hoopai:app/location:100/10000/200000}
   */
  public static String key(RateLimitKey key, RateLimitBands bands) {
    return "hoopai:" + key.id() + ":" + bands.max() + "/" + bands.window().toMillis() + "/" + bands.dailyLimit();
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

  /** Requests that may go at once: a twentieth of the limit, at least one. */
  static long burst(RateLimitBands bands) {
    return Math.max(1, bands.max() / 20);
  }

  /** How much later than its send a request may arrive without risking a 429. */
  static Duration margin(Duration window) {
    Duration margin = window.dividedBy(40);
    return margin.compareTo(MIN_MARGIN) < 0 ? MIN_MARGIN : margin;
  }
}
