package com.hoopai.invoices.client.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.oauth.TestSupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link TokenStore} must do; one subclass per implementation. */
abstract class TokenStoreContract {

  static final String KEY = "ve9EPM428h8vShlRW1KT";
  static final String ACCESS = "at-contract-0001-beef";
  static final String REFRESH = "rt-contract-0001-c0ffee";

  protected final MutableClock clock = new MutableClock();

  /** A store judging leases with {@link #clock}; a new one sees the data of the previous ones. */
  abstract TokenStore newStore();

  /** CAS increments per thread in the concurrency test. */
  int incrementsPerThread() {
    return 25;
  }

  static StoredTokens tokens(String key, int n) {
    return StoredTokens.builder().key(key).userType(UserType.LOCATION)
        .accessToken("at-contract-" + n + "-beef").refreshToken("rt-contract-" + n + "-c0ffee")
        .expiresAt(Instant.parse("2026-11-22T10:15:30.123Z")).scope("invoices.readonly invoices.write")
        .companyId("companyX7Ak").locationId(key).build();
  }

  static StoredTokens next(StoredTokens current, int n) {
    return tokens(current.key(), n).toBuilder().version(current.version() + 1).build();
  }

  @Test
  void anUnknownKeyLoadsAsEmpty() {
    assertThat(newStore().load("nothing-here")).isEmpty();
  }

  @Test
  void putStoresEveryFieldWithVersionOneThenIncreasesIt() {
    TokenStore store = newStore();

    StoredTokens first = store.put(tokens(KEY, 1).toBuilder().version(41).build());
    StoredTokens second = store.put(tokens(KEY, 2));

    assertThat(first.version()).isEqualTo(1);
    assertThat(first).isEqualTo(tokens(KEY, 1).toBuilder().version(1).build());
    assertThat(second.version()).isEqualTo(2);
    assertThat(store.load(KEY)).contains(second);
    assertThat(newStore().load(KEY)).contains(second);
  }

  @Test
  void aRecordWithoutAccessTokenOrOptionalFieldsRoundTrips() {
    TokenStore store = newStore();
    StoredTokens bare = StoredTokens.builder().key("company-1").userType(UserType.COMPANY)
        .refreshToken(REFRESH).build();

    StoredTokens stored = store.put(bare);

    assertThat(store.load("company-1")).contains(stored);
    assertThat(stored.accessToken()).isNull();
    assertThat(stored.expiresAt()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void aLeaseNeedsTheExpectedVersion() {
    TokenStore store = newStore();
    StoredTokens stored = store.put(tokens(KEY, 1));

    assertThat(store.tryLease(KEY, stored.version() + 1, "a", clock.instant().plusSeconds(60))).isFalse();
    assertThat(store.tryLease("unknown", 1, "a", clock.instant().plusSeconds(60))).isFalse();
    assertThat(store.tryLease(KEY, stored.version(), "a", clock.instant().plusSeconds(60))).isTrue();
  }

  @Test
  void aRunningLeaseKeepsOtherOwnersOutUntilItExpires() {
    TokenStore store = newStore();
    StoredTokens stored = store.put(tokens(KEY, 1));
    assertThat(store.tryLease(KEY, stored.version(), "a", clock.instant().plusSeconds(60))).isTrue();

    assertThat(store.tryLease(KEY, stored.version(), "b", clock.instant().plusSeconds(60))).isFalse();
    assertThat(store.saveRefreshed(KEY, stored.version(), "b", next(stored, 2))).isFalse();
    assertThat(store.tryLease(KEY, stored.version(), "a", clock.instant().plusSeconds(90))).isTrue();   // extends

    clock.advance(Duration.ofSeconds(91));
    assertThat(store.tryLease(KEY, stored.version(), "b", clock.instant().plusSeconds(60))).isTrue();
    assertThat(store.load(KEY)).contains(stored);
  }

  @Test
  void saveRefreshedIsACompareAndSetOnTheVersionThatReleasesTheLease() {
    TokenStore store = newStore();
    StoredTokens stored = store.put(tokens(KEY, 1));
    assertThat(store.tryLease(KEY, stored.version(), "a", clock.instant().plusSeconds(60))).isTrue();

    assertThat(store.saveRefreshed(KEY, stored.version(), "a", next(stored, 2))).isTrue();
    assertThat(store.load(KEY)).contains(next(stored, 2));
    // The same base version again: someone else's older copy can never overwrite the newer tokens.
    assertThat(store.saveRefreshed(KEY, stored.version(), "a", next(stored, 3))).isFalse();
    assertThat(store.load(KEY)).contains(next(stored, 2));
    // The lease went with the save: another owner may lease the new version at once.
    assertThat(store.tryLease(KEY, stored.version() + 1, "b", clock.instant().plusSeconds(60))).isTrue();
  }

  @Test
  void saveRefreshedWithoutALeaseWorksWhenNoOneElseHoldsOne() {
    TokenStore store = newStore();
    StoredTokens stored = store.put(tokens(KEY, 1));

    assertThat(store.saveRefreshed(KEY, stored.version(), "a", next(stored, 2))).isTrue();
    assertThat(store.saveRefreshed("unknown", 1, "a", next(tokens("unknown", 1).toBuilder().version(1).build(), 2)))
        .isFalse();
  }

  @Test
  void saveRefreshedRefusesTokensOfAnotherKeyOrVersion() {
    TokenStore store = newStore();
    StoredTokens stored = store.put(tokens(KEY, 1));

    assertThatThrownBy(() -> store.saveRefreshed(KEY, stored.version(), "a", tokens(KEY, 2).toBuilder()
        .version(stored.version() + 2).build())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.saveRefreshed(KEY, stored.version(), "a", next(tokens("other", 1), 2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void releaseFreesOnlyTheOwnersLease() {
    TokenStore store = newStore();
    StoredTokens stored = store.put(tokens(KEY, 1));
    assertThat(store.tryLease(KEY, stored.version(), "a", clock.instant().plusSeconds(60))).isTrue();

    store.release(KEY, "b");
    assertThat(store.tryLease(KEY, stored.version(), "b", clock.instant().plusSeconds(60))).isFalse();
    store.release(KEY, "a");
    assertThat(store.tryLease(KEY, stored.version(), "b", clock.instant().plusSeconds(60))).isTrue();
  }

  @Test
  void putReplacesTheRecordAndItsLease() {
    TokenStore store = newStore();
    StoredTokens stored = store.put(tokens(KEY, 1));
    assertThat(store.tryLease(KEY, stored.version(), "a", clock.instant().plusSeconds(60))).isTrue();

    StoredTokens replaced = store.put(tokens(KEY, 5));

    assertThat(store.saveRefreshed(KEY, stored.version(), "a", next(stored, 2))).isFalse();
    assertThat(store.tryLease(KEY, replaced.version(), "b", clock.instant().plusSeconds(60))).isTrue();
  }

  @Test
  void deleteRemovesTheRecord() {
    TokenStore store = newStore();
    store.put(tokens(KEY, 1));

    assertThat(store.delete(KEY)).isTrue();
    assertThat(store.delete(KEY)).isFalse();
    assertThat(store.load(KEY)).isEmpty();
  }

  @Test
  void concurrentCompareAndSetsLoseNoUpdate() throws Exception {
    StoredTokens first = newStore().put(tokens(KEY, 0));
    int threads = 4;
    int increments = incrementsPerThread();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String owner = "owner-" + t;
        TokenStore store = newStore();   // one store instance per thread, as in separate processes
        results.add(pool.submit(() -> {
          int done = 0;
          int conflicts = 0;
          while (done < increments) {
            StoredTokens current = store.load(KEY).orElseThrow();
            if (store.tryLease(KEY, current.version(), owner, Instant.now().plusSeconds(60))
                && store.saveRefreshed(KEY, current.version(), owner, next(current, (int) current.version() + 1))) {
              done++;
            } else {
              conflicts++;
              Thread.onSpinWait();
            }
          }
          return conflicts;
        }));
      }
      for (Future<Integer> result : results) {
        result.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    StoredTokens last = newStore().load(KEY).orElseThrow();
    assertThat(last.version()).isEqualTo(first.version() + (long) threads * increments);
    assertThat(last.refreshToken()).isEqualTo("rt-contract-" + last.version() + "-c0ffee");
  }

  @Test
  void toStringShowsNoToken() {
    TokenStore store = newStore();
    StoredTokens stored = store.put(tokens(KEY, 1));

    assertThat(store.toString()).doesNotContain("beef").doesNotContain("c0ffee");
    assertThat(stored.toString()).doesNotContain("beef").doesNotContain("c0ffee").contains(KEY);
  }
}
