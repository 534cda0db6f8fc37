package com.hoopai.invoices.client.oauth;

import java.time.Duration;
import java.time.Instant;

/**
 * A key's last failure and what it means for the next refresh: none before {@code retryAt}. A refused
 * refresh token is remembered (it is worthless now) so it is never sent again, whatever version numbers the
 * store gives later records.
 *
 * @param error what the caller hears while the failure lasts
 * @param retryAt no new refresh before this instant
 * @param backoff the pause this failure set, doubled by the next one
 * @param deadRefreshToken the refresh token the server refused, or {@code null}
 */
record RefreshFailure(OAuthException error, Instant retryAt, Duration backoff, String deadRefreshToken) {

  boolean backingOff(Instant now) {
    return now.isBefore(retryAt);
  }

  boolean refused(StoredTokens stored) {
    return deadRefreshToken != null && deadRefreshToken.equals(stored.refreshToken());
  }

  /** Hides the refused refresh token: a record's own {@code toString} would print it. */
  @Override
  public String toString() {
    return "RefreshFailure{error=" + error.getClass().getSimpleName() + ", retryAt=" + retryAt + ", backoff="
        + backoff + ", refusedToken=" + (deadRefreshToken == null ? "none" : "<redacted>") + "}";
  }
}
