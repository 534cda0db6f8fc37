package com.hoopai.invoices.client.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One key's tokens in memory: those in use, refreshed ones not saved yet, and the last failure. The hot path
 * reads the volatile fields without a lock; only the key's single flight writes them.
 */
final class KeyTokens {

  /**
   * Refreshed tokens not saved yet, and the version they replace. Their refresh token is the only valid one:
   * they are kept until saved.
   */
  record Pending(StoredTokens tokens, long baseVersion) {
  }

  volatile StoredTokens current;
  volatile Pending pending;
  volatile RefreshFailure failure;
  volatile long lastUsed = System.nanoTime();

  /**
   * The token to use without any I/O, or {@code null}: one outside the margin, or, while a failed refresh
   * backs off, any unexpired one (a failure ahead of expiry does not fail calls).
   */
  StoredTokens usable(Instant now, Duration margin) {
    StoredTokens tokens = current;
    if (tokens == null || tokens.accessToken() == null) {
      return null;
    }
    RefreshFailure last = failure;
    boolean backingOff = last != null && last.backingOff(now) && !tokens.expiresWithin(now, Duration.ZERO);
    if (pending != null) {
      return backingOff ? tokens : null;
    }
    return !tokens.expiresWithin(now, margin) || backingOff ? tokens : null;
  }

  /**
   * After a 401: whether the token in use is already another, unexpired one (a refresh happened meanwhile),
   * so a replay can go out without a refresh. Never while a save is pending: that token is not saved yet.
   */
  boolean replaced(String rejected, Instant now) {
    return pending == null && Freshness.serves(current, rejected, now, Duration.ZERO);
  }

  /**
   * The token in use if it is still valid and not the refused one; otherwise {@code error} is thrown.
   *
   * @throws OAuthException {@code error}
   */
  StoredTokens orThrow(OAuthException error, String rejected, Instant now) {
    StoredTokens tokens = current;
    if (Freshness.serves(tokens, rejected, now, Duration.ZERO)) {
      return tokens;
    }
    throw error;
  }

  /** Takes the stored record when it differs from the one in use; a newer record clears an old failure. */
  void adopt(StoredTokens stored) {
    StoredTokens previous = current;
    if (previous == null || previous.version() != stored.version()
        || !Objects.equals(previous.accessToken(), stored.accessToken())) {
      current = stored;
      RefreshFailure last = failure;
      if (last != null && previous != null && !last.refused(stored)) {
        failure = null;
      }
    }
  }

  /** Whether the entry holds nothing that exists only in memory or needs reporting. */
  boolean settled() {
    return pending == null && failure == null;
  }

  /** The version and flags only: an entry holds tokens. */
  @Override
  public String toString() {
    StoredTokens tokens = current;
    return "KeyTokens{version=" + (tokens == null ? -1 : tokens.version()) + ", pending=" + (pending != null)
        + ", failing=" + (failure != null) + "}";
  }
}
