package com.hoopai.invoices.client.oauth;

import com.hoopai.invoices.client.oauth.internal.StoreChecks;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link TokenStore} in this process's memory: the default. Fine for tests and for tokens you can
 * re-obtain, but a restart loses every refresh token stored only here, so production installations
 * want a {@link FileTokenStore} or a {@link JdbcTokenStore}. Thread-safe; several providers in one process
 * may share it.
 *
 * <pre>{@code
 * InMemoryTokenStore store = new InMemoryTokenStore();
 * store.put(StoredTokens.builder().key(locationId).userType(UserType.LOCATION)
 *     .refreshToken(refreshToken).build());
 * }</pre>
 */
public final class InMemoryTokenStore implements TokenStore {

  private record Entry(StoredTokens tokens, String leaseOwner, Instant leaseUntil) {
    boolean leasedByOther(String owner, Instant now) {
      return leaseOwner != null && !leaseOwner.equals(owner) && leaseUntil.isAfter(now);
    }
  }

  private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  /** A store judging lease expiry with the system clock. */
  public InMemoryTokenStore() {
    this(Clock.systemUTC());
  }

  /**
   * A store judging lease expiry with the given clock.
   *
   * @param clock the clock
   */
  public InMemoryTokenStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<StoredTokens> load(String key) {
    Entry entry = entries.get(StoreChecks.checkKey(key));
    return entry == null ? Optional.empty() : Optional.of(entry.tokens());
  }

  @Override
  public StoredTokens put(StoredTokens tokens) {
    Objects.requireNonNull(tokens, "tokens");
    Entry stored = entries.compute(tokens.key(), (key, old) -> new Entry(
        tokens.toBuilder().version(old == null ? 1 : old.tokens().version() + 1).build(), null, null));
    return stored.tokens();
  }

  @Override
  public boolean tryLease(String key, long expectedVersion, String owner, Instant leaseUntil) {
    StoreChecks.checkOwner(owner);
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    boolean[] taken = {false};
    entries.computeIfPresent(StoreChecks.checkKey(key), (k, old) -> {
      if (old.tokens().version() != expectedVersion || old.leasedByOther(owner, clock.instant())) {
        return old;
      }
      taken[0] = true;
      return new Entry(old.tokens(), owner, leaseUntil);
    });
    return taken[0];
  }

  @Override
  public boolean saveRefreshed(String key, long expectedVersion, String owner, StoredTokens next) {
    StoreChecks.checkOwner(owner);
    StoreChecks.checkNext(key, expectedVersion, next);
    boolean[] saved = {false};
    entries.computeIfPresent(key, (k, old) -> {
      if (old.tokens().version() != expectedVersion || old.leasedByOther(owner, clock.instant())) {
        return old;
      }
      saved[0] = true;
      return new Entry(next, null, null);
    });
    return saved[0];
  }

  @Override
  public void release(String key, String owner) {
    entries.computeIfPresent(StoreChecks.checkKey(key), (k, old) ->
        owner.equals(old.leaseOwner()) ? new Entry(old.tokens(), null, null) : old);
  }

  @Override
  public boolean delete(String key) {
    return entries.remove(StoreChecks.checkKey(key)) != null;
  }

  @Override
  public String toString() {
    return "InMemoryTokenStore{keys=" + entries.size() + "}";
  }
}
