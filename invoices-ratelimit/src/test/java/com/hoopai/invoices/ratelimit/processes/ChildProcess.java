package com.hoopai.invoices.ratelimit.processes;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.ratelimit.RateLimitStore;
import com.hoopai.invoices.ratelimit.jdbc.PostgresRateLimitStore;
import com.hoopai.invoices.ratelimit.redis.RedisRateLimitStore;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One replica of an app, run as its own JVM by {@link SharedBudgetAcrossProcessesTest}: a client on the
 * sandbox with the given store, warmed up on another location, then a few threads making calls about one
 * location from a common start time, and
 * one line of results on standard output:
 * {@code RESULT ok=N failed=M first=<epoch ms> last=<epoch ms> failures={Class=count}}.
 *
 * <p>Arguments: base URL, access token, location id, store ({@code local}, a {@code jdbc:postgresql:} URL or
 * a {@code redis://} URL), app id, calls, threads, start time (epoch ms).
 */
public final class ChildProcess {

  /**
   * The bound on one booking: twice the default, so that a build machine busy with other work (four JVMs and a
   * TCP proxy on two cores here) does not read as a store outage; an outage still falls back within it.
   */
  private static final Duration STORE_TIMEOUT = Duration.ofSeconds(1);

  private ChildProcess() {
  }

  /**
   * Runs the replica.
   *
   * @param args as the class says
   * @throws Exception on a broken set-up (not on a failed call: those are counted)
   */
  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    String token = args[1];
    String location = args[2];
    String storeSpec = args[3];
    String appId = args[4];
    int calls = Integer.parseInt(args[5]);
    int threads = Integer.parseInt(args[6]);
    long startAt = Long.parseLong(args[7]);

    HikariDataSource pool = null;
    RateLimitStore store;
    if (storeSpec.startsWith("jdbc:")) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(storeSpec);
      config.setMaximumPoolSize(2 * threads);
      config.setConnectionTimeout(2000);
      config.setInitializationFailTimeout(-1);   // start even if the database is down
      pool = new HikariDataSource(config);
      store = PostgresRateLimitStore.builder(pool).table(System.getProperty("table")).timeout(STORE_TIMEOUT).build();
    } else if (storeSpec.startsWith("redis://")) {
      store = RedisRateLimitStore.builder(storeSpec).timeout(STORE_TIMEOUT).build();
    } else {
      store = RateLimitStore.local();
    }

    AtomicInteger ok = new AtomicInteger();
    AtomicLong first = new AtomicLong(Long.MAX_VALUE);
    AtomicLong last = new AtomicLong();
    Map<String, Integer> failures = new TreeMap<>();
    AtomicInteger left = new AtomicInteger(calls);
    try (InvoicesClient client = InvoicesClient.builder().baseUrl(baseUrl).accessToken(token)
        .rateLimitStore(appId, store).readTimeout(Duration.ofSeconds(30)).build()) {
      // A replica is a long-running process: warm it up (classes, connections, JIT) on another location first.
      for (int i = 0; i < 5; i++) {
        ChildCalls.call(client, location + "-warm-up");
      }
      long delay = startAt - System.currentTimeMillis();
      if (delay > 0) {
        TimeUnit.MILLISECONDS.sleep(delay);
      }
      ExecutorService pool2 = Executors.newFixedThreadPool(threads);
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool2.submit(() -> {
          while (left.getAndDecrement() > 0) {
            long started = System.currentTimeMillis();
            first.accumulateAndGet(started, Math::min);
            try {
              ChildCalls.call(client, location);
              ok.incrementAndGet();
            } catch (RuntimeException e) {
              synchronized (failures) {
                failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
              }
            }
            last.accumulateAndGet(System.currentTimeMillis(), Math::max);
          }
        }));
      }
      for (Future<?> future : running) {
        future.get();
      }
      pool2.shutdown();
    } finally {
      store.close();
      if (pool != null) {
        pool.close();
      }
    }
    int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
    System.out.println("RESULT ok=" + ok.get() + " failed=" + failed + " first=" + first.get() + " last=" + last.get()
        + " failures=" + failures);
    System.out.flush();
  }
}
