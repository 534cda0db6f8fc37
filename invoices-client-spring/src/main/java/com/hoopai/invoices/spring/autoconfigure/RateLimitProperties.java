package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.ratelimit.jdbc.PostgresRateLimitStore;
import java.time.Duration;

/**
 * Where requests are booked against HoopAI's rate limit: in this process (local), or in a budget every
 * replica of the app shares (jdbc: the application's PostgreSQL DataSource; redis: a Redis server). The shared
 * stores need hoopai-invoices-ratelimit and Bucket4j's PostgreSQL or Lettuce module.
 *
 * <pre>{@code
 * hoopai.invoices.rate-limit.store=redis
 * hoopai.invoices.rate-limit.redis-url=redis://cache:6379
 * }</pre>
 */
public class RateLimitProperties {

  /** The budget store: local (each process paces alone), jdbc (PostgreSQL, the app's DataSource) or redis. */
  private Store store = Store.LOCAL;

  /** The app whose budget is shared (default oauth.client-id); replicas of one app must use the same id. */
  private String appId;

  /** The Redis server of the redis store, such as redis://host:6379 (default spring.data.redis.url or host and port). */
  private String redisUrl;

  // A compile-time constant, copied here by the compiler: this class loads without the optional
  // hoopai-invoices-ratelimit library.
  /** The table of the jdbc store, optionally schema-qualified. */
  private String tableName = PostgresRateLimitStore.DEFAULT_TABLE;

  /** Whether the jdbc store creates its table at startup when it is missing. */
  private boolean createTable = false;

  // The stores' DEFAULT_TIMEOUT (a test checks they agree): naming that constant here would load a class of the
  // optional hoopai-invoices-ratelimit library whenever the properties are bound.
  /** The longest wait for the store per request; past it the request is paced in this process. */
  private Duration timeout = Duration.ofMillis(500);

  /**
   * The value of {@code hoopai.invoices.rate-limit.store}.
   *
   * @return the value
   */
  public Store getStore() {
    return store;
  }

  /**
   * Sets {@code hoopai.invoices.rate-limit.store}.
   *
   * @param store the value
   */
  public void setStore(Store store) {
    this.store = store;
  }

  /**
   * The value of {@code hoopai.invoices.rate-limit.app-id}.
   *
   * @return the value
   */
  public String getAppId() {
    return appId;
  }

  /**
   * Sets {@code hoopai.invoices.rate-limit.app-id}.
   *
   * @param appId the value
   */
  public void setAppId(String appId) {
    this.appId = appId;
  }

  /**
   * The value of {@code hoopai.invoices.rate-limit.redis-url}.
   *
   * @return the value
   */
  public String getRedisUrl() {
    return redisUrl;
  }

  /**
   * Sets {@code hoopai.invoices.rate-limit.redis-url}.
   *
   * @param redisUrl the value
   */
  public void setRedisUrl(String redisUrl) {
    this.redisUrl = redisUrl;
  }

  /**
   * The value of {@code hoopai.invoices.rate-limit.table-name}.
   *
   * @return the value
   */
  public String getTableName() {
    return tableName;
  }

  /**
   * Sets {@code hoopai.invoices.rate-limit.table-name}.
   *
   * @param tableName the value
   */
  public void setTableName(String tableName) {
    this.tableName = tableName;
  }

  /**
   * The value of {@code hoopai.invoices.rate-limit.create-table}.
   *
   * @return the value
   */
  public boolean isCreateTable() {
    return createTable;
  }

  /**
   * Sets {@code hoopai.invoices.rate-limit.create-table}.
   *
   * @param createTable the value
   */
  public void setCreateTable(boolean createTable) {
    this.createTable = createTable;
  }

  /**
   * The value of {@code hoopai.invoices.rate-limit.timeout}.
   *
   * @return the value
   */
  public Duration getTimeout() {
    return timeout;
  }

  /**
   * Sets {@code hoopai.invoices.rate-limit.timeout}.
   *
   * @param timeout the value
   */
  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public String toString() {
    return "RateLimit{store=" + store + ", appId=" + appId + ", redisUrl=" + (redisUrl == null ? "none" : "<redacted>")
        + "}";
  }

  /** The kinds of rate-limit store. */
  public enum Store {
    /** In this process: each replica paces alone. */
    LOCAL,
    /** PostgreSQL through the application's DataSource. */
    JDBC,
    /** A Redis server. */
    REDIS
  }
}
