package com.hoopai.invoices.client.oauth;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the tokens of each installation live, shared by every {@link OAuthTokenProvider} (and every process)
 * that serves the same installations. Each record carries a {@link StoredTokens#version() version}; every
 * change is a compare-and-set on it, so a refresh token spent by one process can never be overwritten by
 * another's older copy.
 *
 * <p>A refresh runs under a short <em>lease</em>: {@link #tryLease} marks the record as being refreshed by
 * one owner until an instant; another owner's {@code tryLease} fails until the lease is released or has
 * expired, so two processes never both spend the same refresh token. {@link #saveRefreshed} stores the
 * result and releases the lease in one step. Leases expire on their own, so a process that dies while
 * refreshing blocks the others only until its lease ends. Lease expiry is judged with the store's clock:
 * processes sharing a store should have synchronized clocks (NTP); a lease is minutes long, skew seconds.
 *
 * <p>Implementations must be thread-safe; throw {@link TokenStoreException} for I/O failures and never put
 * a token in a message. Shipped: {@link InMemoryTokenStore}, {@link FileTokenStore}, {@link JdbcTokenStore}.
 *
 * <pre>{@code
 * TokenStore store = new JdbcTokenStore(dataSource);
 * StoredTokens current = store.load(locationId).orElseThrow();
 * if (store.tryLease(locationId, current.version(), "worker-1", Instant.now().plusSeconds(120))) {
 *   StoredTokens next = refresh(current).toBuilder().version(current.version() + 1).build();
 *   boolean saved = store.saveRefreshed(locationId, current.version(), "worker-1", next);
 * }
 * }</pre>
 */
public interface TokenStore {

  /**
   * The tokens stored under a key.
   *
   * @param key a location id or company id
   * @return the tokens, or empty when none are stored
   * @throws TokenStoreException if the store cannot be read
   */
  Optional<StoredTokens> load(String key);

  /**
   * Stores tokens unconditionally (a new installation or authorization), replacing whatever the key held
   * and releasing any lease. The version becomes one more than the replaced record's, or 1.
   *
   * @param tokens the tokens; their version is ignored
   * @return the tokens as stored, with their new version
   * @throws TokenStoreException if the store cannot be written
   */
  StoredTokens put(StoredTokens tokens);

  /**
   * Takes the refresh lease of a record, if its version is still {@code expectedVersion} and no other owner
   * holds a lease that is still running. Taking it again as the same owner extends it.
   *
   * @param key the key
   * @param expectedVersion the version the caller read
   * @param owner who refreshes (one id per provider instance)
   * @param leaseUntil when the lease ends on its own
   * @return true if the caller now holds the lease
   * @throws TokenStoreException if the store cannot be read or written
   */
  boolean tryLease(String key, long expectedVersion, String owner, Instant leaseUntil);

  /**
   * Stores refreshed tokens if the record's version is still {@code expectedVersion} and no other owner
   * holds a running lease, and releases the lease: one atomic compare-and-set.
   *
   * @param key the key
   * @param expectedVersion the version the refresh started from
   * @param owner the lease owner
   * @param next the new tokens, with version {@code expectedVersion + 1}
   * @return true if stored; false if the record changed or another owner holds the lease
   * @throws IllegalArgumentException if {@code next} has another key or version
   * @throws TokenStoreException if the store cannot be read or written; the tokens may or may not have been
   *     stored, so the caller keeps them and tries again
   */
  boolean saveRefreshed(String key, long expectedVersion, String owner, StoredTokens next);

  /**
   * Releases a lease held by {@code owner} (after a refresh that failed); does nothing otherwise.
   *
   * @param key the key
   * @param owner the lease owner
   * @throws TokenStoreException if the store cannot be written
   */
  void release(String key, String owner);

  /**
   * Removes a key's tokens (the app was uninstalled).
   *
   * @param key the key
   * @return true if something was removed
   * @throws TokenStoreException if the store cannot be written
   */
  boolean delete(String key);
}
