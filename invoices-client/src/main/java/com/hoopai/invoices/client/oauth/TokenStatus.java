package com.hoopai.invoices.client.oauth;

import java.time.Instant;

/**
 * What an {@link OAuthTokenProvider} knows about one key right now, for health checks and dashboards.
 *
 * <pre>{@code
 * TokenStatus status = tokens.status(locationId);
 * if (status.state() == TokenStatus.State.SAVE_PENDING) {
 *   alert("tokens of " + locationId + " are only in memory: " + status.lastError().getMessage());
 * }
 * }</pre>
 *
 * @param key the location or company id
 * @param state the state
 * @param version the store version of the tokens in use, or -1 when none are loaded
 * @param expiresAt when the access token in use expires, or {@code null}
 * @param lastError the last failure for this key, or {@code null} since the last success
 * @param retryAfter before this instant no new refresh is attempted (back-off), or {@code null}
 */
public record TokenStatus(String key, State state, long version, Instant expiresAt, OAuthException lastError,
    Instant retryAfter) {

  /** The state of a key's tokens. */
  public enum State {
    /** Nothing loaded yet: the first request loads (and, if needed, refreshes). */
    NOT_LOADED,
    /** Tokens loaded and saved; refreshed ahead of expiry when needed. */
    VALID,
    /** Refreshed tokens could not be saved yet: they are kept in memory and the save is retried first. */
    SAVE_PENDING,
    /** The last refresh failed (inactive location, 5xx, timeout, store unreadable); retried after a back-off. */
    REFRESH_FAILING,
    /** The refresh token was refused or nothing is stored: the app must be authorized again. */
    REAUTHORIZATION_REQUIRED
  }
}
