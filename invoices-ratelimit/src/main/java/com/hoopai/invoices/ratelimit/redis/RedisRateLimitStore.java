package com.hoopai.invoices.ratelimit.redis;

import com.hoopai.invoices.client.ratelimit.RateLimitBands;
import com.hoopai.invoices.client.ratelimit.RateLimitKey;
import com.hoopai.invoices.client.ratelimit.RateLimitStore;
import com.hoopai.invoices.ratelimit.internal.Bookings;
import com.hoopai.invoices.ratelimit.internal.BucketPlan;
import com.hoopai.invoices.ratelimit.internal.StoreUnavailableException;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A rate-limit budget shared through Redis (Lettuce): every replica of an app that uses the same Redis books
 * its requests in one Bucket4j bucket per app and location, with compare-and-swap in Lua, one round trip per
 * booking. Keys ({@code hoopai:<app>/<location>}) expire once the bucket would be full again.
 *
 * <pre>{@code
 * RedisRateLimitStore store = RedisRateLimitStore.builder("redis://redis.internal:6379").build();
 * InvoicesClient client = InvoicesClient.builder()
 *     .accessTokenProvider(tokens)
 *     .rateLimitStore(clientId, store)
 *     .build();
 * }</pre>
 *
 * <p>The connection is opened on first use and re-opened after a failure; commands are refused at once while
 * it is down and time out after {@link Builder#timeout(Duration)}, so an unreachable or slow Redis makes the
 * client pace in its own process, never fails or stalls a call. Needs {@code com.bucket4j:bucket4j_jdk17-lettuce}
 * and {@code io.lettuce:lettuce-core} on the class path.
 */
public final class RedisRateLimitStore implements RateLimitStore {

  /** How long a booking may take by default before the client paces locally. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(500);

  private final RedisClient client;
  private final boolean ownsClient;
  private final Duration timeout;
  private final Clock clock;
  private final String description;
  private StatefulRedisConnection<String, byte[]> connection;
  private volatile ProxyManager<String> buckets;

  private RedisRateLimitStore(Builder builder) {
    this.ownsClient = builder.client == null;
    this.timeout = builder.timeout;
    this.clock = builder.clock;
    this.client = ownsClient ? RedisClient.create(builder.uri) : builder.client;
    this.description = ownsClient ? builder.uri.getHost() + ":" + builder.uri.getPort() : "a given RedisClient";
    client.setOptions(ClientOptions.builder()
        .autoReconnect(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
        .timeoutOptions(TimeoutOptions.enabled(timeout))
        .build());
  }

  /**
   * A builder for a Redis server by URL; the store owns the client it makes and shuts it down on close.
   *
   * @param redisUrl such as {@code redis://host:6379}, {@code rediss://user:password@host:6380/0}
   * @return a new builder
   * @throws IllegalArgumentException if the URL is malformed (the message never repeats it)
   */
  public static Builder builder(String redisUrl) {
    RedisURI uri;
    try {
      uri = RedisURI.create(Objects.requireNonNull(redisUrl, "redisUrl"));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("redisUrl is not a Redis URL (redis://host:port or rediss://...)");
    }
    return new Builder(uri, null);
  }

  /**
   * A builder on a Lettuce client you own (from Spring Data Redis's {@code LettuceConnectionFactory}, say); the
   * store opens one connection of its own on it and leaves the client alone on close.
   *
   * @param client the client
   * @return a new builder
   */
  public static Builder builder(RedisClient client) {
    return new Builder(null, Objects.requireNonNull(client, "client"));
  }

  @Override
  public long reserve(RateLimitKey key, RateLimitBands bands, long maxWaitNanos) {
    String id = BucketPlan.key(key);
    try {
      return Bookings.book(buckets().builder()
          .withImplicitConfigurationReplacement(BucketPlan.version(bands), TokensInheritanceStrategy.AS_IS)
          .build(id, () -> BucketPlan.configuration(bands, clock.instant())),
          maxWaitNanos);
    } catch (StoreUnavailableException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreUnavailableException("Redis booking failed", e);
    }
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      connection.close();
      connection = null;
      buckets = null;
    }
    if (ownsClient) {
      client.shutdown(Duration.ZERO, timeout);
    }
  }

  @Override
  public String toString() {
    return "RedisRateLimitStore{" + description + "}";   // never the URL: it may hold a password
  }

  private ProxyManager<String> buckets() {
    ProxyManager<String> current = buckets;
    return current != null ? current : connect();
  }

  private synchronized ProxyManager<String> connect() {
    if (buckets != null) {
      return buckets;
    }
    try {
      connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    } catch (RuntimeException e) {
      throw new StoreUnavailableException("cannot connect to Redis", e);
    }
    connection.setTimeout(timeout);
    buckets = Bucket4jLettuce.casBasedBuilder(connection)
        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
        .requestTimeout(timeout)
        .build();
    return buckets;
  }

  /**
   * Configures a {@link RedisRateLimitStore}.
   *
   * <pre>{@code
   * RedisRateLimitStore store = RedisRateLimitStore.builder(redisUrl).timeout(Duration.ofMillis(200)).build();
   * }</pre>
   */
  public static final class Builder {
    private final RedisURI uri;
    private final RedisClient client;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Clock clock = Clock.systemUTC();

    private Builder(RedisURI uri, RedisClient client) {
      this.uri = uri;
      this.client = client;
    }

    /**
     * The longest wait for a connection or a booking; past it the call is paced in its own process.
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
     * Builds the store; it connects on the first booking.
     *
     * @return the store
     */
    public RedisRateLimitStore build() {
      return new RedisRateLimitStore(this);
    }
  }
}
