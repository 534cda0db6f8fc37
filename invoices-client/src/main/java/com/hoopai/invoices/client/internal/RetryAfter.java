package com.hoopai.invoices.client.internal;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads {@code Retry-After}: delay seconds or an HTTP date. */
final class RetryAfter {

  private RetryAfter() {
  }

  /**
   * The wait the header asks for.
   *
   * @param value the header value, or null
   * @param now the current time, for an HTTP date
   * @return the wait (zero for a date in the past), or null when absent or unreadable
   */
  static Duration parse(String value, ZonedDateTime now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    try {
      long seconds = Long.parseLong(trimmed);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Duration wait = Duration.between(now, ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME));
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  /** The wait an answer's headers ask for, in nanoseconds, or -1. */
  static long nanos(okhttp3.Headers headers) {
    Duration wait = parse(headers.get("Retry-After"), ZonedDateTime.now());
    return wait == null ? -1 : wait.toNanos();
  }
}
