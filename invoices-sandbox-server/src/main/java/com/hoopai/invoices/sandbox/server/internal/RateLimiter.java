package com.hoopai.invoices.sandbox.server.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The API's limits, per location (or per token when a request names no location): a burst of {@code max}
 * requests per fixed window and a daily quota. Every request counts, refused ones included, as at the
 * API's gateway. Thread-safe.
 */
final class RateLimiter {

  private final Clock clock;
  private final Map<String, Window> windows = new HashMap<>();
  private int max;
  private Duration window;
  private long daily;
  private long rejected;

  /**
   * A limiter.
   *
   * @param clock the sandbox clock
   * @param max requests per window
   * @param window the window length
   * @param daily requests per UTC day
   */
  public RateLimiter(Clock clock, int max, Duration window, long daily) {
    this.clock = clock;
    configure(max, window, daily);
  }

  /**
   * Changes the limits and starts every window afresh.
   *
   * @param max requests per window, 1 or more
   * @param window the window length, positive
   * @param daily requests per day, 1 or more
   */
  public synchronized void configure(int max, Duration window, long daily) {
    if (max < 1 || window == null || window.isNegative() || window.isZero() || daily < 1) {
      throw new IllegalArgumentException("rate limit needs max >= 1, a positive window and daily >= 1");
    }
    this.max = max;
    this.window = window;
    this.daily = daily;
    windows.clear();
  }

  /**
   * Counts one request.
   *
   * @param key the location id, or another key for requests that name none
   * @return the state to report in the headers, and whether the request is over a limit
   */
  public synchronized Usage acquire(String key) {
    long now = clock.millis();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    Window w = windows.computeIfAbsent(key, k -> new Window(now, today));
    if (now - w.start >= window.toMillis()) {
      w.start = now;
      w.count = 0;
    }
    if (!w.day.equals(today)) {
      w.day = today;
      w.dailyCount = 0;
    }
    w.count++;
    w.dailyCount++;
    boolean limited = w.count > max || w.dailyCount > daily;
    if (limited) {
      rejected++;
    }
    long retryAfterMillis = w.dailyCount > daily
        ? Duration.between(clock.instant(), today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).toMillis()
        : w.start + window.toMillis() - now;
    return new Usage(max, Math.max(0, max - w.count), window.toMillis(), daily, Math.max(0, daily - w.dailyCount),
        limited, limited ? Math.max(1, (retryAfterMillis + 999) / 1000) : 0);
  }

  /**
   * How many requests were over a limit (answered 429) since the sandbox started.
   *
   * @return the count
   */
  public synchronized long rejected() {
    return rejected;
  }

  /**
   * What the {@code X-RateLimit-*} headers report.
   *
   * @param max {@code X-RateLimit-Max}
   * @param remaining {@code X-RateLimit-Remaining}
   * @param intervalMillis {@code X-RateLimit-Interval-Milliseconds}
   * @param dailyLimit {@code X-RateLimit-Limit-Daily}
   * @param dailyRemaining {@code X-RateLimit-Daily-Remaining}
   * @param limited whether this request is over a limit (answered 429)
   * @param retryAfterSeconds when limited, whole seconds until the window (or the day) that refused it ends
   */
  public record Usage(int max, int remaining, long intervalMillis, long dailyLimit, long dailyRemaining,
      boolean limited, long retryAfterSeconds) {
  }

  private static final class Window {
    long start;
    int count;
    LocalDate day;
    long dailyCount;

    Window(long start, LocalDate day) {
      this.start = start;
      this.day = day;
    }
  }
}
