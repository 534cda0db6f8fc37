package com.hoopai.invoices.ratelimit.jdbc;

import com.hoopai.invoices.client.ratelimit.RateLimitBands;
import com.hoopai.invoices.client.ratelimit.RateLimitKey;
import com.hoopai.invoices.client.ratelimit.RateLimitStore;
import com.hoopai.invoices.ratelimit.internal.Bookings;
import com.hoopai.invoices.ratelimit.internal.BoundedCalls;
import com.hoopai.invoices.ratelimit.internal.BucketPlan;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A rate-limit budget shared through PostgreSQL, on the application's {@link DataSource}: every replica of an
 * app that uses the same database books its requests in one Bucket4j bucket per app and location (table
 * {@value #DEFAULT_TABLE}, one row per location called today). Each booking is one short transaction.
 *
 * <pre>{@code
 * PostgresRateLimitStore store = PostgresRateLimitStore.builder(dataSource).build().createTableIfMissing();
 * InvoicesClient client = InvoicesClient.builder()
 *     .accessTokenProvider(tokens)
 *     .rateLimitStore(clientId, store)
 *     .build();
 * }</pre>
 *
 * <p>A booking runs on a thread of the store's own (a few, {@link Builder#threads(int)}) and is waited for at
 * most {@link Builder#timeout(Duration)}: a database that is down or hangs makes the client pace in its own
 * process, never fails or stalls a call. Needs {@code com.bucket4j:bucket4j_jdk17-postgresql} and the
 * PostgreSQL JDBC driver on the class path.
 */
public final class PostgresRateLimitStore implements RateLimitStore {

  /** The default table. */
  public static final String DEFAULT_TABLE = "hoopai_rate_limit_buckets";
  /** How long a booking may take by default before the client paces locally. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(500);

  private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");
  private static final long CLEANUP_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

  /** How bookings of one bucket are serialized between processes. */
  public enum Locking {
    /** {@code pg_advisory_xact_lock} on a hash of the key, then read and write the row. */
    ADVISORY_LOCK,
    /** {@code SELECT ... FOR UPDATE} on the bucket's row. */
    SELECT_FOR_UPDATE
  }

  private final DataSource dataSource;
  private final String table;
  private final Locking locking;
  private final ProxyManager<String> buckets;
  private final BoundedCalls calls;
  private final Clock clock;
  private volatile long nextCleanup = System.nanoTime() + CLEANUP_INTERVAL_NANOS;

  private PostgresRateLimitStore(Builder builder) {
    this.dataSource = builder.dataSource;
    this.table = builder.table;
    this.locking = builder.locking;
    this.clock = builder.clock;
    // A row is kept until the bucket would be full again, then removed by the periodic clean-up.
    ExpirationAfterWriteStrategy expiry = ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
        Duration.ofSeconds(10));
    this.buckets = switch (locking) {
      case ADVISORY_LOCK -> Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
          .primaryKeyMapper(PrimaryKeyMapper.STRING)
          .lockIdSupplier(PostgresRateLimitStore::lockId)
          .table(table).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
          .lockColumn("explicit_lock")
          .expirationAfterWrite(expiry)
          .build();
      case SELECT_FOR_UPDATE -> Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
          .primaryKeyMapper(PrimaryKeyMapper.STRING)
          .table(table).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
          .expirationAfterWrite(expiry)
          .build();
    };
    this.calls = new BoundedCalls("hoopai-ratelimit-jdbc", builder.threads, builder.timeout);
  }

  /**
   * A builder on the application's DataSource (a pooled one: each booking borrows a connection briefly).
   *
   * @param dataSource the PostgreSQL DataSource
   * @return a new builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * Creates the table if it does not exist (or create it with {@code hoopai_rate_limit_buckets.sql} from this
   * jar in your migrations).
   *
   * @return this store
   * @throws IllegalStateException if the database refuses
   */
  public PostgresRateLimitStore createTableIfMissing() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS " + table
          + " (id VARCHAR(512) PRIMARY KEY, state BYTEA, expires_at BIGINT, explicit_lock BIGINT)");
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the rate-limit table " + table + " (SQLState "
          + e.getSQLState() + ")", e);
    }
    return this;
  }

  @Override
  public long reserve(RateLimitKey key, RateLimitBands bands, long maxWaitNanos) {
    String id = BucketPlan.key(key);
    long booked = calls.call(() -> Bookings.book(
        buckets.builder()
        .withImplicitConfigurationReplacement(BucketPlan.version(bands), TokensInheritanceStrategy.AS_IS)
        .build(id, () -> BucketPlan.configuration(bands, clock.instant())), maxWaitNanos));
    long now = System.nanoTime();
    if (now - nextCleanup >= 0) {
      nextCleanup = now + CLEANUP_INTERVAL_NANOS;
      cleanUp();
    }
    return booked;
  }

  @Override
  public void close() {
    calls.close();
  }

  @Override
  public String toString() {
    return "PostgresRateLimitStore{table=" + table + ", locking=" + locking + "}";
  }

  /** Removes expired rows on a store thread, not waited for. */
  private void cleanUp() {
    if (buckets instanceof ExpiredEntriesCleaner cleaner) {
      calls.submit(() -> {
        try {
          cleaner.removeExpired(1000);
        } catch (RuntimeException e) {
          // The next clean-up tries again; expired rows only take space meanwhile.
        }
      });
    }
  }

  /** A 64-bit FNV-1a hash of the key: two keys sharing a lock only wait for each other. */
  static long lockId(String key) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /**
   * Configures a {@link PostgresRateLimitStore}; each setter checks its input at once.
   *
   * <pre>{@code
   * PostgresRateLimitStore store = PostgresRateLimitStore.builder(dataSource)
   *     .table("billing.hoopai_rate_limit_buckets")
   *     .timeout(Duration.ofMillis(200))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final DataSource dataSource;
    private String table = DEFAULT_TABLE;
    private Locking locking = Locking.SELECT_FOR_UPDATE;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int threads = 8;
    private Clock clock = Clock.systemUTC();

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The table, optionally schema-qualified.
     *
     * @param table letters, digits and underscores; default {@value PostgresRateLimitStore#DEFAULT_TABLE}
     * @return this builder
     */
    public Builder table(String table) {
      if (table == null || !TABLE_NAME.matcher(table).matches()) {
        throw new IllegalArgumentException("table must be [schema.]name of letters, digits and underscores");
      }
      this.table = table;
      return this;
    }

    /**
     * How bookings of one bucket are serialized; the default, {@code SELECT ... FOR UPDATE}, measured faster
     * than advisory locks on every figure (see {@code invoices-benchmarks/BENCHMARKS.md}, "The shared rate
     * budget").
     *
     * @param locking the strategy
     * @return this builder
     */
    public Builder locking(Locking locking) {
      this.locking = Objects.requireNonNull(locking, "locking");
      return this;
    }

    /**
     * The longest wait for a booking; past it the call is paced in its own process.
     *
     * @param timeout positive, at most 10 s; default 500 ms
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofSeconds(10)) > 0) {
        throw new IllegalArgumentException("timeout must be positive and at most 10 s, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * How many bookings may run at once (each holds a connection of the DataSource while it runs).
     *
     * @param threads 1 to 256; default 8
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("threads must be 1 to 256, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * The clock the daily band's midnight is computed with (tests).
     *
     * @param clock default the system clock in UTC
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the store; it makes no connection until the first booking.
     *
     * @return the store
     */
    public PostgresRateLimitStore build() {
      return new PostgresRateLimitStore(this);
    }
  }
}
