package com.hoopai.invoices.benchmarks;

import com.hoopai.invoices.client.ratelimit.RateLimitKey;
import com.hoopai.invoices.client.ratelimit.RateLimitStore;
import com.hoopai.invoices.ratelimit.internal.BucketPlan;
import com.hoopai.invoices.ratelimit.jdbc.PostgresRateLimitStore;
import com.hoopai.invoices.ratelimit.redis.RedisRateLimitStore;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A rate-limit store under measurement, by the name of {@code SharedBudgetBenchmark}'s {@code store}
 * parameter, with what it needs around it and what it leaves behind removed on close:
 * <ul>
 *   <li>{@code local}: {@link RateLimitStore#local()}, the default, no round trip;
 *   <li>{@code bucket4j-memory}: the shared stores' Bucket4j booking in this JVM ({@link InMemoryBucketStore});
 *   <li>{@code postgres-advisory}, {@code postgres-select-for-update}: {@link PostgresRateLimitStore} with
 *       either lock manager, on a HikariCP pool, in a table of its own that is dropped on close;
 *   <li>{@code redis}: {@link RedisRateLimitStore} on a Lettuce client; its keys are deleted on close.
 * </ul>
 * The servers come from the variables the store tests read, {@value #POSTGRES_URL_VARIABLE} and
 * {@value #REDIS_URL_VARIABLE}; a store whose variable is unset fails at once, naming it. Every store books
 * for an app id of its own ({@code benchmark-<uuid>}), so runs never share a bucket.
 */
final class BudgetStore implements AutoCloseable {

  static final String POSTGRES_URL_VARIABLE = "HOOPAI_TEST_POSTGRES_URL";
  static final String REDIS_URL_VARIABLE = "HOOPAI_TEST_REDIS_URL";
  /**
   * The stores' timeout: 5 s rather than the default 500 ms, so a booking slowed by other work on a shared
   * machine is measured (in the tail) instead of voiding the trial by a fall-back to local pacing.
   */
  static final Duration STORE_TIMEOUT = Duration.ofSeconds(5);

  private final String name;
  private final String appId;
  private final RateLimitStore store;
  private final Holding holding;
  private final AutoCloseable cleanUp;

  private BudgetStore(String name, String appId, RateLimitStore store, Holding holding, AutoCloseable cleanUp) {
    this.name = name;
    this.appId = appId;
    this.store = store;
    this.holding = holding;
    this.cleanUp = cleanUp;
  }

  /** How many buckets a server holds for this run: proof that bookings reached it. */
  @FunctionalInterface
  private interface Holding {
    long buckets() throws Exception;
  }

  /**
   * Opens the named store.
   *
   * @param name {@code local}, {@code bucket4j-memory}, {@code postgres-advisory},
   *     {@code postgres-select-for-update} or {@code redis}
   * @param locationIds the locations the benchmark books for (their Redis keys are deleted on close)
   * @return the store
   * @throws IllegalStateException when the store's server variable is unset or the server refuses
   */
  static BudgetStore open(String name, List<String> locationIds) {
    String appId = "benchmark-" + UUID.randomUUID();
    return switch (name) {
      case "local" -> new BudgetStore(name, appId, RateLimitStore.local(), () -> -1, () -> { });
      case "bucket4j-memory" -> new BudgetStore(name, appId, new InMemoryBucketStore(), () -> -1, () -> { });
      case "postgres-advisory" -> postgres(name, appId, PostgresRateLimitStore.Locking.ADVISORY_LOCK);
      case "postgres-select-for-update" -> postgres(name, appId, PostgresRateLimitStore.Locking.SELECT_FOR_UPDATE);
      case "redis" -> redis(name, appId, locationIds);
      default -> throw new IllegalArgumentException("unknown store " + name + ": local, bucket4j-memory, "
          + "postgres-advisory, postgres-select-for-update or redis");
    };
  }

  /** The store. */
  RateLimitStore store() {
    return store;
  }

  /** The app id its bookings are made for. */
  String appId() {
    return appId;
  }

  /** The key a booking for the location is made under. */
  RateLimitKey key(String locationId) {
    return new RateLimitKey(appId, locationId);
  }

  /**
   * Fails unless the server holds a bucket of this run: a store that fell back to pacing in the process at
   * every call would otherwise measure as a fast store.
   *
   * @throws IllegalStateException when a server store holds no bucket of this run
   */
  void checkBooked() {
    long buckets;
    try {
      buckets = holding.buckets();
    } catch (Exception e) {
      throw new IllegalStateException(name + ": could not read the store back (" + e.getClass().getSimpleName() + ")");
    }
    if (buckets == 0) {
      throw new IllegalStateException(name + ": the server holds no bucket of this run; its bookings never arrived");
    }
  }

  @Override
  public void close() {
    try {
      store.close();
    } finally {
      try {
        cleanUp.close();
      } catch (Exception e) {
        throw new IllegalStateException(name + ": could not remove what the benchmark left in the store", e);
      }
    }
  }

  @Override
  public String toString() {
    return name;
  }

  private static BudgetStore postgres(String name, String appId, PostgresRateLimitStore.Locking locking) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(required(POSTGRES_URL_VARIABLE, "jdbc:postgresql:", name));
    config.setPoolName("benchmark-" + name);
    config.setMaximumPoolSize(8);   // one per store thread (PostgresRateLimitStore's default)
    config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config);
    } catch (RuntimeException e) {
      // Hikari's message may quote the URL, which holds the password: name the variable instead.
      throw new IllegalStateException(name + ": cannot connect to the PostgreSQL of " + POSTGRES_URL_VARIABLE
          + " (" + e.getClass().getSimpleName() + ")");
    }
    String table = "hoopai_rl_bench_" + appId.substring("benchmark-".length(), "benchmark-".length() + 8);
    PostgresRateLimitStore store = PostgresRateLimitStore.builder(dataSource)
        .table(table)
        .locking(locking)
        .timeout(STORE_TIMEOUT)
        .build()
        .createTableIfMissing();
    Holding rows = () -> {
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
          ResultSet count = statement.executeQuery("SELECT count(*) FROM " + table)) {
        count.next();
        return count.getLong(1);
      }
    };
    return new BudgetStore(name, appId, store, rows, () -> {
      try (dataSource; Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("DROP TABLE IF EXISTS " + table);
      }
    });
  }

  private static BudgetStore redis(String name, String appId, List<String> locationIds) {
    RedisClient client = RedisClient.create(required(REDIS_URL_VARIABLE, "redis://", name));
    RedisRateLimitStore store = RedisRateLimitStore.builder(client).timeout(STORE_TIMEOUT).build();
    String[] keys = locationIds.stream().map(location -> BucketPlan.key(new RateLimitKey(appId, location)))
        .toArray(String[]::new);
    Holding held = () -> {
      try (StatefulRedisConnection<String, String> connection = client.connect()) {
        return connection.sync().exists(keys);
      }
    };
    return new BudgetStore(name, appId, store, held, () -> {
      try (StatefulRedisConnection<String, String> connection = client.connect()) {
        connection.sync().del(keys);
      } finally {
        client.shutdown();
      }
    });
  }

  private static String required(String variable, String prefix, String store) {
    String value = System.getenv(variable);
    if (value == null || !value.startsWith(prefix)) {
      throw new IllegalStateException("store=" + store + " needs " + variable + " (" + prefix
          + "...), the server the store tests use; it is " + (value == null ? "not set" : "not a " + prefix + " URL")
          + ". Export it, or run only -p store=local,bucket4j-memory.");
    }
    return value;
  }
}
