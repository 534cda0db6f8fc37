package com.hoopai.invoices.client.oauth;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a key waits after a failed refresh before its refresh token is sent again: {@code first} after a
 * failure, doubling with each failure in a row up to {@code max}. A refresh whose outcome is unknown (a 5xx,
 * a timeout) may have spent the token, so retrying it in a loop would only turn one failure into many; the
 * back-off bounds that to one try per pause.
 */
final class RefreshBackoff {

  /** The pause after a first failure, by default. */
  static final Duration DEFAULT_FIRST = Duration.ofSeconds(1);
  /** The longest pause, by default. */
  static final Duration DEFAULT_MAX = Duration.ofMinutes(1);

  private final Duration first;
  private final Duration max;

  /**
   * A policy.
   *
   * @throws IllegalArgumentException unless {@code 0 < first <= max}
   */
  RefreshBackoff(Duration first, Duration max) {
    if (first == null || max == null || first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("retryBackoff needs 0 < first <= max, was " + first + ", " + max);
    }
    this.first = first;
    this.max = max;
  }

  /** The defaults: 1 s doubling to 1 min. */
  static RefreshBackoff defaults() {
    return new RefreshBackoff(DEFAULT_FIRST, DEFAULT_MAX);
  }

  /**
   * A failure of the token endpoint (or of a save): pauses {@code first}, or twice the previous pause when the
   * previous failure was one too. A refused token starts the count again: the record that replaced it is new.
   */
  RefreshFailure failed(RefreshFailure previous, OAuthException error, Instant now) {
    Duration backoff = previous == null || previous.deadRefreshToken() != null ? first
        : min(previous.backoff().multipliedBy(2), max);
    return new RefreshFailure(error, now.plus(backoff), backoff, null);
  }

  /**
   * A failure that another try may fix at once (the store could not be read, nothing is stored yet): reported,
   * but no pause.
   */
  RefreshFailure noPause(OAuthException error, Instant now) {
    return new RefreshFailure(error, now, first, null);
  }

  /** The server refused the refresh token: it is never sent again, and the next record starts afresh. */
  RefreshFailure refused(ReauthorizationRequiredException error, Instant now, String refusedRefreshToken) {
    return new RefreshFailure(error, now, first, refusedRefreshToken);
  }

  /** The schedule. */
  @Override
  public String toString() {
    return "RefreshBackoff{first=" + first + ", max=" + max + "}";
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
