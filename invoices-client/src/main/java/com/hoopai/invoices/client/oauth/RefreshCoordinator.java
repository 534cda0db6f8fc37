package com.hoopai.invoices.client.oauth;

import com.hoopai.invoices.client.oauth.internal.SingleFlight;
import com.hoopai.invoices.client.oauth.internal.TokenResponse;
import java.time.Instant;

/**
 * Gets a key's tokens when memory cannot serve them, spending each refresh token at most once: one flight per
 * key among this process's threads ({@link SingleFlight}), one refresh per key among processes (the store's
 * lease; a process that finds it taken waits for the holder's result), and the rotated refresh token saved
 * before the new access token is used ({@link RotatedTokenSaver}).
 */
final class RefreshCoordinator {

  private final ProviderSettings settings;
  private final TokenCache cache;
  private final RotatedTokenSaver saver;
  private final SingleFlight<StoredTokens> flights = new SingleFlight<>();

  RefreshCoordinator(ProviderSettings settings, TokenCache cache) {
    this.settings = settings;
    this.cache = cache;
    this.saver = new RotatedTokenSaver(settings);
  }

  /**
   * The key's tokens: joins the flight going on for the key, or runs one.
   *
   * @param rejected the token the server refused (a 401), or {@code null} ahead of expiry
   * @return tokens that serve the caller, or a still-valid token while a failure backs off
   * @throws OAuthException (or a subclass) if no usable token can be had
   */
  StoredTokens obtain(String key, KeyTokens entry, String rejected) {
    try {
      StoredTokens tokens = flights.run(key, () -> flight(key, entry, rejected), settings.maxWait());
      if (rejected != null && rejected.equals(tokens.accessToken())) {
        // We joined a flight started for another reason; run one of our own, which refreshes.
        tokens = flights.run(key, () -> flight(key, entry, rejected), settings.maxWait());
      }
      return tokens;
    } finally {
      cache.noteState(key, entry);
    }
  }

  /** One flight: saves pending tokens first, then reloads, and refreshes under the store's lease if needed. */
  private StoredTokens flight(String key, KeyTokens entry, String rejected) {
    Instant now = settings.clock().instant();
    KeyTokens.Pending pending = entry.pending;
    if (pending != null) {
      saver.save(key, entry, pending, true, rejected, now);
      if (entry.pending != null || Freshness.serves(entry.current, rejected, now, settings.margin())) {
        // Still unsaved (the save returned only because the previous token is still valid): never spend a
        // refresh token while a newer one is held unsaved.
        return entry.current;
      }
    } else if (rejected == null && Freshness.serves(entry.current, null, now, settings.margin())) {
      return entry.current;   // another flight refreshed it just before this one started
    }
    LeaseWait wait = new LeaseWait(settings.lease());
    while (true) {
      now = settings.clock().instant();
      StoredTokens stored;
      try {
        stored = settings.store().load(key).orElse(null);
      } catch (TokenStoreException e) {
        return reportAndFallBack(key, entry, e, rejected, now);
      }
      if (stored == null) {
        throw nothingStored(key, entry, now);
      }
      entry.adopt(stored);
      if (Freshness.serves(stored, rejected, now, settings.margin())) {
        return stored;
      }
      RefreshFailure failure = entry.failure;
      if (failure != null && (failure.refused(stored) || failure.backingOff(now))) {
        // A refused refresh token is never sent again; after other failures, wait for the back-off.
        return entry.orThrow(failure.error(), rejected, now);
      }
      if (entry.pending != null) {
        // Cannot happen (a flight saves pending tokens first), but a refresh now would lose the unsaved token.
        throw new IllegalStateException("unsaved tokens of " + key + " are pending");
      }
      boolean leased;
      try {
        leased = settings.store().tryLease(key, stored.version(), settings.owner(), now.plus(settings.lease()));
      } catch (TokenStoreException e) {
        return reportAndFallBack(key, entry, e, rejected, now);
      }
      if (leased) {
        return refreshLeased(key, entry, stored, rejected);
      }
      // Another process is refreshing this key: wait for its result rather than spend the same token.
      if (wait.overdue()) {
        return reportAndFallBack(key, entry, new OAuthException("another process has held the refresh lease of "
            + key + " for more than " + settings.lease().toSeconds() + " s without saving new tokens", key, null, 0,
            null, false, null), rejected, now);
      }
      wait.pause();
    }
  }

  private ReauthorizationRequiredException nothingStored(String key, KeyTokens entry, Instant now) {
    ReauthorizationRequiredException e = new ReauthorizationRequiredException(key,
        settings.credentials().userType(), "no tokens are stored for it", null, 0, null);
    entry.current = null;
    entry.failure = settings.backoff().noPause(e, now);
    settings.listener().onReauthorizationRequired(e);
    return e;
  }

  /** Spends the refresh token (this process holds the lease) and saves the result before anyone uses it. */
  private StoredTokens refreshLeased(String key, KeyTokens entry, StoredTokens stored, String rejected) {
    Instant sent = settings.clock().instant();
    TokenResponse answer;
    try {
      answer = settings.endpoint().refresh(key, stored.refreshToken());
    } catch (OAuthException e) {
      releaseLease(key);
      if (e instanceof ReauthorizationRequiredException refused) {
        entry.failure = settings.backoff().refused(refused, sent, stored.refreshToken());
        settings.listener().onReauthorizationRequired(refused);
        return entry.orThrow(refused, rejected, settings.clock().instant());
      }
      return reportAndFallBack(key, entry, e, rejected, settings.clock().instant());
    }
    StoredTokens next = stored.toBuilder()
        .accessToken(answer.accessToken())
        .refreshToken(answer.refreshToken() != null ? answer.refreshToken() : stored.refreshToken())
        .expiresAt(answer.expiresAt(sent))
        .scope(answer.scope() != null ? answer.scope() : stored.scope())
        .companyId(answer.companyId() != null ? answer.companyId() : stored.companyId())
        .locationId(answer.locationId() != null ? answer.locationId() : stored.locationId())
        .version(stored.version() + 1)
        .build();
    // From here on the new refresh token is the only valid one: it is saved, or kept until it is.
    entry.pending = new KeyTokens.Pending(next, stored.version());
    saver.save(key, entry, entry.pending, false, rejected, settings.clock().instant());
    // Saved: the new tokens. Not saved: the previous token, still valid (the save threw otherwise).
    return entry.current;
  }

  /** Reports a failure and falls back to a still-valid token, or throws it. */
  private StoredTokens reportAndFallBack(String key, KeyTokens entry, OAuthException e, String rejected,
      Instant now) {
    // Back off after the token endpoint failed; a store that could not be read is simply asked again.
    entry.failure = e instanceof TokenStoreException ? settings.backoff().noPause(e, now)
        : settings.backoff().failed(entry.failure, e, now);
    settings.listener().onRefreshFailed(key, e);
    return entry.orThrow(e, rejected, now);
  }

  private void releaseLease(String key) {
    try {
      settings.store().release(key, settings.owner());
    } catch (TokenStoreException e) {
      // The lease runs out on its own; the refresh failure is what the caller needs to hear about.
      settings.listener().onRefreshFailed(key, e);
    }
  }
}
