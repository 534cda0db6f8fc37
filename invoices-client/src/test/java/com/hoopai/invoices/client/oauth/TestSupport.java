package com.hoopai.invoices.client.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/** Small fakes for the OAuth tests. */
final class TestSupport {

  private TestSupport() {
  }

  /**
   * Runs {@code count} calls on threads of their own, released at the same instant, and checks that each
   * returned something within a minute.
   *
   * @param call makes call {@code i}
   */
  static void allAtOnce(int count, IntFunction<Callable<?>> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Callable<?> each = call.apply(i);
        calls.add(pool.submit(() -> {
          start.await();
          return each.call();
        }));
      }
      start.countDown();
      for (Future<?> each : calls) {
        assertThat(each.get(60, TimeUnit.SECONDS)).isNotNull();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    void advance(Duration duration) {
      now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /** Records every event, in order, as "kind:key[:ExceptionType]". */
  static final class RecordingListener implements OAuthListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<OAuthException> errors = new CopyOnWriteArrayList<>();

    @Override
    public void onRefreshed(String key, Instant expiresAt) {
      events.add("refreshed:" + key);
    }

    @Override
    public void onRefreshFailed(String key, OAuthException error) {
      events.add("refreshFailed:" + key + ":" + error.getClass().getSimpleName());
      errors.add(error);
    }

    @Override
    public void onReauthorizationRequired(ReauthorizationRequiredException error) {
      events.add("reauthorizationRequired:" + error.key());
      errors.add(error);
    }

    @Override
    public void onSaveFailed(String key, TokenStoreException error) {
      events.add("saveFailed:" + key);
      errors.add(error);
    }

    @Override
    public void onSaveRecovered(String key) {
      events.add("saveRecovered:" + key);
    }
  }

  /** A store that fails on demand, and lets a test look at each save as it happens. */
  static final class FlakyStore implements TokenStore {
    final TokenStore delegate;
    final AtomicInteger failingSaves = new AtomicInteger();
    final AtomicInteger failingLoads = new AtomicInteger();
    final AtomicInteger saves = new AtomicInteger();
    volatile Consumer<StoredTokens> beforeSave = next -> { };

    FlakyStore(TokenStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<StoredTokens> load(String key) {
      if (failingLoads.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new TokenStoreException("test store: read failed for " + key, key, null);
      }
      return delegate.load(key);
    }

    @Override
    public StoredTokens put(StoredTokens tokens) {
      return delegate.put(tokens);
    }

    @Override
    public boolean tryLease(String key, long expectedVersion, String owner, Instant leaseUntil) {
      return delegate.tryLease(key, expectedVersion, owner, leaseUntil);
    }

    @Override
    public boolean saveRefreshed(String key, long expectedVersion, String owner, StoredTokens next) {
      saves.incrementAndGet();
      beforeSave.accept(next);
      if (failingSaves.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new TokenStoreException("test store: write failed for " + key, key, null);
      }
      return delegate.saveRefreshed(key, expectedVersion, owner, next);
    }

    @Override
    public void release(String key, String owner) {
      delegate.release(key, owner);
    }

    @Override
    public boolean delete(String key) {
      return delegate.delete(key);
    }
  }
}
