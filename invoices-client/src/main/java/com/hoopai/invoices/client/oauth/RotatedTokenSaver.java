package com.hoopai.invoices.client.oauth;

import java.time.Instant;
import java.util.Optional;

/**
 * Saves refreshed tokens before their access token is used. A refresh spends the old refresh token, so from
 * then on the new one exists only in memory: it stays there ({@link KeyTokens#pending}) until a save works,
 * and while it does no other refresh of the key is made. A compare-and-set on the store's version makes sure
 * a record replaced meanwhile (a new authorization) is never overwritten.
 */
final class RotatedTokenSaver {

  private final ProviderSettings settings;

  RotatedTokenSaver(ProviderSettings settings) {
    this.settings = settings;
  }

  /**
   * Saves the pending tokens. Saved: they become current. Not saved because the store failed: they stay
   * pending, the failure is reported, and the call goes on with the previous, still valid token or gets the
   * failure. Not saved because the record changed: the stored record wins.
   *
   * @param retrying whether an earlier save of these tokens failed (a success is then reported as recovered)
   * @param rejected the token the server refused, or {@code null}
   * @throws TokenStoreException if the store failed and no still-valid token is at hand
   * @throws ReauthorizationRequiredException if the record was deleted meanwhile
   */
  void save(String key, KeyTokens entry, KeyTokens.Pending pending, boolean retrying, String rejected,
      Instant now) {
    OAuthListener listener = settings.listener();
    boolean saved;
    Optional<StoredTokens> stored;
    try {
      saved = settings.store().saveRefreshed(key, pending.baseVersion(), settings.owner(), pending.tokens());
      stored = saved ? Optional.empty() : settings.store().load(key);
    } catch (TokenStoreException e) {
      saveFailed(key, entry, e, rejected, now);
      return;
    }
    if (saved) {
      entry.current = pending.tokens();
      entry.pending = null;
      entry.failure = null;
      if (retrying) {
        listener.onSaveRecovered(key);
      }
      listener.onRefreshed(key, pending.tokens().expiresAt());
      return;
    }
    if (stored.isPresent() && stored.get().version() == pending.baseVersion()) {
      // Our lease ran out and another owner holds one: it will be refused (we spent that token) and release.
      saveFailed(key, entry, new TokenStoreException("refreshed tokens of " + key + " are not saved yet: another"
          + " process holds the refresh lease", key, null), rejected, now);
      return;
    }
    entry.pending = null;
    listener.onRefreshFailed(key, new OAuthException("refreshed tokens of " + key + " were dropped: the stored"
        + " record changed while they were being saved (a new authorization?); the stored tokens are used", key,
        null, 0, null, false, null));
    if (stored.isEmpty()) {
      entry.current = null;
      ReauthorizationRequiredException gone = new ReauthorizationRequiredException(key,
          settings.credentials().userType(), "its tokens were deleted from the store", null, 0, null);
      entry.failure = settings.backoff().noPause(gone, now);
      listener.onReauthorizationRequired(gone);
      throw gone;
    }
    entry.current = stored.get();
    entry.failure = null;
  }

  /** Reports the failed save and backs off; returns only when the previous token is still valid. */
  private void saveFailed(String key, KeyTokens entry, TokenStoreException e, String rejected, Instant now) {
    entry.failure = settings.backoff().failed(entry.failure, e, now);
    settings.listener().onSaveFailed(key, e);
    entry.orThrow(e, rejected, now);
  }
}
