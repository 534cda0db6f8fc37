package com.hoopai.invoices.client;

import com.hoopai.invoices.client.errors.RateLimitedException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The rate-limit budget the server reported on one answer, from its {@code X-RateLimit-*} headers.
 * A header the server did not send is empty.
 *
 * <pre>{@code
 * catch (RateLimitedException e) {
 *   e.rateLimit().ifPresent(l -> log.warn("daily budget left: {}", l.dailyRemaining()));
 * }
 * }</pre>
 *
 * @param max requests allowed in the burst window ({@code X-RateLimit-Max})
 * @param remaining requests left in the burst window ({@code X-RateLimit-Remaining})
 * @param intervalMillis length of the burst window ({@code X-RateLimit-Interval-Milliseconds})
 * @param dailyLimit requests allowed per day ({@code X-RateLimit-Limit-Daily})
 * @param dailyRemaining requests left today ({@code X-RateLimit-Daily-Remaining})
 */
public record RateLimitInfo(
    OptionalInt max,
    OptionalInt remaining,
    OptionalLong intervalMillis,
    OptionalLong dailyLimit,
    OptionalLong dailyRemaining) {

  /**
   * Reads the limits from response headers (names compared without regard to case).
   *
   * @param headers the response headers
   * @return the limits, or empty when the answer carried none of the headers
   */
  public static Optional<RateLimitInfo> fromHeaders(Map<String, ? extends Iterable<String>> headers) {
    String max = null;
    String remaining = null;
    String interval = null;
    String dailyLimit = null;
    String dailyRemaining = null;
    for (Map.Entry<String, ? extends Iterable<String>> header : headers.entrySet()) {
      String name = header.getKey();
      if (name == null) {
        continue;
      }
      String value = first(header.getValue());
      switch (name.toLowerCase(java.util.Locale.ROOT)) {
        case "x-ratelimit-max" -> max = value;
        case "x-ratelimit-remaining" -> remaining = value;
        case "x-ratelimit-interval-milliseconds" -> interval = value;
        case "x-ratelimit-limit-daily" -> dailyLimit = value;
        case "x-ratelimit-daily-remaining" -> dailyRemaining = value;
        default -> { }
      }
    }
    return parse(max, remaining, interval, dailyLimit, dailyRemaining);
  }

  /**
   * Reads the limits from the values of the five headers.
   *
   * @param max {@code X-RateLimit-Max}, or null
   * @param remaining {@code X-RateLimit-Remaining}, or null
   * @param interval {@code X-RateLimit-Interval-Milliseconds}, or null
   * @param dailyLimit {@code X-RateLimit-Limit-Daily}, or null
   * @param dailyRemaining {@code X-RateLimit-Daily-Remaining}, or null
   * @return the limits (a value that is not a number reads as absent), or empty when every value is null
   */
  public static Optional<RateLimitInfo> parse(String max, String remaining, String interval, String dailyLimit,
      String dailyRemaining) {
    if (max == null && remaining == null && interval == null && dailyLimit == null && dailyRemaining == null) {
      return Optional.empty();
    }
    return Optional.of(new RateLimitInfo(
        toInt(max), toInt(remaining), toLong(interval), toLong(dailyLimit), toLong(dailyRemaining)));
  }

  private static String first(Iterable<String> values) {
    if (values == null) {
      return null;
    }
    for (String value : values) {
      return value;
    }
    return null;
  }

  private static OptionalInt toInt(String value) {
    OptionalLong parsed = toLong(value);
    return parsed.isPresent() && parsed.getAsLong() <= Integer.MAX_VALUE
        ? OptionalInt.of((int) parsed.getAsLong())
        : OptionalInt.empty();
  }

  private static OptionalLong toLong(String value) {
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
