package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.client.RequestLogging;
import com.hoopai.invoices.client.oauth.UserType;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code hoopai.invoices.*} properties of the auto-configured client. Set either {@code access-token} (a
 * Private Integration Token) or the {@code oauth.*} properties (a Marketplace app), never both.
 *
 * <pre>{@code
 * hoopai:
 *   invoices:
 *     oauth:
 *       client-id: ${HOOPAI_CLIENT_ID}
 *       client-secret: ${HOOPAI_CLIENT_SECRET}
 *     token-store:
 *       type: jdbc
 *       create-table: true
 *     retry:
 *       max-attempts: 4
 * }</pre>
 *
 * <p>The secrets are named {@code ...token} and {@code ...secret} and masked by the actuator endpoints.
 */
@ConfigurationProperties("hoopai.invoices")
public class HoopAiInvoicesProperties {

  /** Where API requests go: https, except loopback hosts (tests). */
  private String baseUrl = "https://services.leadconnectorhq.com";

  /** The Version header sent with every request; change it only when HoopAI announces a new version. */
  private String apiVersion = "2021-07-28";

  /** A fixed bearer token, such as a Private Integration Token; set this or oauth.client-id, not both. */
  private String accessToken;

  /** How long to wait for a connection. */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** How long to wait for each read and write on the connection. */
  private Duration readTimeout = Duration.ofSeconds(30);

  /** How much of each exchange to log at DEBUG on com.hoopai.invoices.http; Authorization is always redacted. */
  private RequestLogging requestLogging = RequestLogging.NONE;

  /** Whether to pace requests per location so a burst stays within the API's rate limit instead of meeting 429s. */
  private boolean paceRateLimits = true;

  /** How many idle connections the client's pool keeps: size it for the most threads that call the API at once. */
  private int maxIdleConnections = 256;

  /** Whether to take the 'hoopai-invoices' retry and circuit breaker from the application's Resilience4j registries. */
  private boolean useResilience4jRegistries = true;

  private final OAuth oauth = new OAuth();

  private final TokenStore tokenStore = new TokenStore();

  private final Agency agency = new Agency();

  private final Retry retry = new Retry();

  private final CircuitBreaker circuitBreaker = new CircuitBreaker();

  private final RateLimit rateLimit = new RateLimit();

  /**
   * The value of {@code hoopai.invoices.base-url}.
   *
   * @return the value
   */
  public String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets {@code hoopai.invoices.base-url}.
   *
   * @param baseUrl the value
   */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The value of {@code hoopai.invoices.api-version}.
   *
   * @return the value
   */
  public String getApiVersion() {
    return apiVersion;
  }

  /**
   * Sets {@code hoopai.invoices.api-version}.
   *
   * @param apiVersion the value
   */
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  /**
   * The value of {@code hoopai.invoices.access-token}.
   *
   * @return the value
   */
  public String getAccessToken() {
    return accessToken;
  }

  /**
   * Sets {@code hoopai.invoices.access-token}.
   *
   * @param accessToken the value
   */
  public void setAccessToken(String accessToken) {
    this.accessToken = accessToken;
  }

  /**
   * The value of {@code hoopai.invoices.connect-timeout}.
   *
   * @return the value
   */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets {@code hoopai.invoices.connect-timeout}.
   *
   * @param connectTimeout the value
   */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /**
   * The value of {@code hoopai.invoices.read-timeout}.
   *
   * @return the value
   */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /**
   * Sets {@code hoopai.invoices.read-timeout}.
   *
   * @param readTimeout the value
   */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /**
   * The value of {@code hoopai.invoices.request-logging}.
   *
   * @return the value
   */
  public RequestLogging getRequestLogging() {
    return requestLogging;
  }

  /**
   * Sets {@code hoopai.invoices.request-logging}.
   *
   * @param requestLogging the value
   */
  public void setRequestLogging(RequestLogging requestLogging) {
    this.requestLogging = requestLogging;
  }

  /**
   * The value of {@code hoopai.invoices.pace-rate-limits}.
   *
   * @return the value
   */
  public boolean isPaceRateLimits() {
    return paceRateLimits;
  }

  /**
   * Sets {@code hoopai.invoices.pace-rate-limits}.
   *
   * @param paceRateLimits the value
   */
  public void setPaceRateLimits(boolean paceRateLimits) {
    this.paceRateLimits = paceRateLimits;
  }

  /**
   * The value of {@code hoopai.invoices.use-resilience4j-registries}.
   *
   * @return the value
   */
  public boolean isUseResilience4jRegistries() {
    return useResilience4jRegistries;
  }

  /**
   * Sets {@code hoopai.invoices.use-resilience4j-registries}.
   *
   * @param useResilience4jRegistries the value
   */
  public void setUseResilience4jRegistries(boolean useResilience4jRegistries) {
    this.useResilience4jRegistries = useResilience4jRegistries;
  }

  /**
   * The value of {@code hoopai.invoices.max-idle-connections}.
   *
   * @return the value
   */
  public int getMaxIdleConnections() {
    return maxIdleConnections;
  }

  /**
   * Sets {@code hoopai.invoices.max-idle-connections}.
   *
   * @param maxIdleConnections the value
   */
  public void setMaxIdleConnections(int maxIdleConnections) {
    this.maxIdleConnections = maxIdleConnections;
  }

  /**
   * The {@code hoopai.invoices.rate-limit.*} properties.
   *
   * @return them, never {@code null}
   */
  public RateLimit getRateLimit() {
    return rateLimit;
  }

  /**
   * The {@code hoopai.invoices.oauth.*} properties.
   *
   * @return them, never {@code null}
   */
  public OAuth getOauth() {
    return oauth;
  }

  /**
   * The {@code hoopai.invoices.token-store.*} properties.
   *
   * @return them, never {@code null}
   */
  public TokenStore getTokenStore() {
    return tokenStore;
  }

  /**
   * The {@code hoopai.invoices.agency.*} properties.
   *
   * @return them, never {@code null}
   */
  public Agency getAgency() {
    return agency;
  }

  /**
   * The {@code hoopai.invoices.retry.*} properties.
   *
   * @return them, never {@code null}
   */
  public Retry getRetry() {
    return retry;
  }

  /**
   * The {@code hoopai.invoices.circuit-breaker.*} properties.
   *
   * @return them, never {@code null}
   */
  public CircuitBreaker getCircuitBreaker() {
    return circuitBreaker;
  }

  @Override
  public String toString() {
    return "HoopAiInvoicesProperties{baseUrl=" + baseUrl + ", accessToken=" + (accessToken == null ? "none" : "<redacted>")
        + ", oauth=" + oauth + "}";
  }

  /** OAuth of a Marketplace app: tokens per location, refreshed ahead of expiry. */
  public static class OAuth {

    /** The Marketplace app's client id; set this or access-token, not both. */
    private String clientId;

    /** The Marketplace app's client secret. */
    private String clientSecret;

    /** The kind of token: location (default), or company for an agency (then set agency.company-id). */
    private UserType userType;

    /** How long before expiry a token is refreshed. */
    private Duration refreshMargin = Duration.ofMinutes(5);

    /** The token endpoint, for a white label or a test server. */
    private String tokenUrl = "https://services.leadconnectorhq.com/oauth/token";

    /** The endpoint that mints a location token from an agency token; default 'locationToken' beside the token URL. */
    private String locationTokenUrl;

    /**
     * The value of {@code hoopai.invoices.oauth.client-id}.
     *
     * @return the value
     */
    public String getClientId() {
      return clientId;
    }

    /**
     * Sets {@code hoopai.invoices.oauth.client-id}.
     *
     * @param clientId the value
     */
    public void setClientId(String clientId) {
      this.clientId = clientId;
    }

    /**
     * The value of {@code hoopai.invoices.oauth.client-secret}.
     *
     * @return the value
     */
    public String getClientSecret() {
      return clientSecret;
    }

    /**
     * Sets {@code hoopai.invoices.oauth.client-secret}.
     *
     * @param clientSecret the value
     */
    public void setClientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
    }

    /**
     * The value of {@code hoopai.invoices.oauth.user-type}.
     *
     * @return the value
     */
    public UserType getUserType() {
      return userType;
    }

    /**
     * Sets {@code hoopai.invoices.oauth.user-type}.
     *
     * @param userType the value
     */
    public void setUserType(UserType userType) {
      this.userType = userType;
    }

    /**
     * The value of {@code hoopai.invoices.oauth.refresh-margin}.
     *
     * @return the value
     */
    public Duration getRefreshMargin() {
      return refreshMargin;
    }

    /**
     * Sets {@code hoopai.invoices.oauth.refresh-margin}.
     *
     * @param refreshMargin the value
     */
    public void setRefreshMargin(Duration refreshMargin) {
      this.refreshMargin = refreshMargin;
    }

    /**
     * The value of {@code hoopai.invoices.oauth.token-url}.
     *
     * @return the value
     */
    public String getTokenUrl() {
      return tokenUrl;
    }

    /**
     * Sets {@code hoopai.invoices.oauth.token-url}.
     *
     * @param tokenUrl the value
     */
    public void setTokenUrl(String tokenUrl) {
      this.tokenUrl = tokenUrl;
    }

    /**
     * The value of {@code hoopai.invoices.oauth.location-token-url}.
     *
     * @return the value
     */
    public String getLocationTokenUrl() {
      return locationTokenUrl;
    }

    /**
     * Sets {@code hoopai.invoices.oauth.location-token-url}.
     *
     * @param locationTokenUrl the value
     */
    public void setLocationTokenUrl(String locationTokenUrl) {
      this.locationTokenUrl = locationTokenUrl;
    }

    @Override
    public String toString() {
      return "OAuth{clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "<redacted>")
          + ", userType=" + userType + "}";
    }
  }

  /** Where OAuth tokens are kept: shared by every process that serves the same installations. */
  public static class TokenStore {

    /** The kind of store: memory (lost on restart), file (one server) or jdbc (several servers; needs a DataSource). */
    private Type type = Type.MEMORY;

    /** The directory of the file store. */
    private Path path;

    /** The table of the JDBC store, optionally schema-qualified. */
    private String tableName = "hoopai_oauth_tokens";

    /** Whether the JDBC store creates its table at startup when it is missing. */
    private boolean createTable = false;

    /**
     * The value of {@code hoopai.invoices.token-store.type}.
     *
     * @return the value
     */
    public Type getType() {
      return type;
    }

    /**
     * Sets {@code hoopai.invoices.token-store.type}.
     *
     * @param type the value
     */
    public void setType(Type type) {
      this.type = type;
    }

    /**
     * The value of {@code hoopai.invoices.token-store.path}.
     *
     * @return the value
     */
    public Path getPath() {
      return path;
    }

    /**
     * Sets {@code hoopai.invoices.token-store.path}.
     *
     * @param path the value
     */
    public void setPath(Path path) {
      this.path = path;
    }

    /**
     * The value of {@code hoopai.invoices.token-store.table-name}.
     *
     * @return the value
     */
    public String getTableName() {
      return tableName;
    }

    /**
     * Sets {@code hoopai.invoices.token-store.table-name}.
     *
     * @param tableName the value
     */
    public void setTableName(String tableName) {
      this.tableName = tableName;
    }

    /**
     * The value of {@code hoopai.invoices.token-store.create-table}.
     *
     * @return the value
     */
    public boolean isCreateTable() {
      return createTable;
    }

    /**
     * Sets {@code hoopai.invoices.token-store.create-table}.
     *
     * @param createTable the value
     */
    public void setCreateTable(boolean createTable) {
      this.createTable = createTable;
    }

    /** The kinds of token store. */
    public enum Type {
      /** In memory: tests, or one process that can re-install. */
      MEMORY,
      /** One JSON file per key in a directory. */
      FILE,
      /** A table in the application's DataSource. */
      JDBC
    }
  }

  /** An agency (Company) installation whose token mints each location's token. */
  public static class Agency {

    /** The agency's company id: location tokens are minted from its Company token (user type company). */
    private String companyId;

    /**
     * The value of {@code hoopai.invoices.agency.company-id}.
     *
     * @return the value
     */
    public String getCompanyId() {
      return companyId;
    }

    /**
     * Sets {@code hoopai.invoices.agency.company-id}.
     *
     * @param companyId the value
     */
    public void setCompanyId(String companyId) {
      this.companyId = companyId;
    }
  }

  /** Retries of failed calls; which calls may be retried is the client's rule, by idempotency. */
  public static class Retry {

    /** Attempts in all, the first included; 1 for no retry. */
    private int maxAttempts = 3;

    /** The wait before the first retry. */
    private Duration initialBackoff = Duration.ofMillis(200);

    /** How much each wait grows. */
    private double multiplier = 2.0;

    /** The longest wait between attempts. */
    private Duration maxBackoff = Duration.ofSeconds(5);

    /** How much each wait is spread at random, from 0 to 1. */
    private double jitter = 0.5;

    /** The longest wait a server's Retry-After can impose. */
    private Duration maxRetryAfter = Duration.ofSeconds(30);

    /**
     * The value of {@code hoopai.invoices.retry.max-attempts}.
     *
     * @return the value
     */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets {@code hoopai.invoices.retry.max-attempts}.
     *
     * @param maxAttempts the value
     */
    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /**
     * The value of {@code hoopai.invoices.retry.initial-backoff}.
     *
     * @return the value
     */
    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    /**
     * Sets {@code hoopai.invoices.retry.initial-backoff}.
     *
     * @param initialBackoff the value
     */
    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    /**
     * The value of {@code hoopai.invoices.retry.multiplier}.
     *
     * @return the value
     */
    public double getMultiplier() {
      return multiplier;
    }

    /**
     * Sets {@code hoopai.invoices.retry.multiplier}.
     *
     * @param multiplier the value
     */
    public void setMultiplier(double multiplier) {
      this.multiplier = multiplier;
    }

    /**
     * The value of {@code hoopai.invoices.retry.max-backoff}.
     *
     * @return the value
     */
    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    /**
     * Sets {@code hoopai.invoices.retry.max-backoff}.
     *
     * @param maxBackoff the value
     */
    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    /**
     * The value of {@code hoopai.invoices.retry.jitter}.
     *
     * @return the value
     */
    public double getJitter() {
      return jitter;
    }

    /**
     * Sets {@code hoopai.invoices.retry.jitter}.
     *
     * @param jitter the value
     */
    public void setJitter(double jitter) {
      this.jitter = jitter;
    }

    /**
     * The value of {@code hoopai.invoices.retry.max-retry-after}.
     *
     * @return the value
     */
    public Duration getMaxRetryAfter() {
      return maxRetryAfter;
    }

    /**
     * Sets {@code hoopai.invoices.retry.max-retry-after}.
     *
     * @param maxRetryAfter the value
     */
    public void setMaxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
    }
  }

  /** A circuit breaker that fails calls fast while the API keeps failing (server errors and transport failures). */
  public static class CircuitBreaker {

    /** Whether calls go through a circuit breaker. */
    private boolean enabled = false;

    /** The failure rate, in percent, at which the breaker opens. */
    private float failureRateThreshold = 50;

    /** How many of the last calls the failure rate is computed over. */
    private int slidingWindowSize = 20;

    /** How many calls are needed before the failure rate counts. */
    private int minimumNumberOfCalls = 10;

    /** How long the breaker stays open before letting trial calls through. */
    private Duration waitDurationInOpenState = Duration.ofSeconds(30);

    /**
     * The value of {@code hoopai.invoices.circuit-breaker.enabled}.
     *
     * @return the value
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets {@code hoopai.invoices.circuit-breaker.enabled}.
     *
     * @param enabled the value
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * The value of {@code hoopai.invoices.circuit-breaker.failure-rate-threshold}.
     *
     * @return the value
     */
    public float getFailureRateThreshold() {
      return failureRateThreshold;
    }

    /**
     * Sets {@code hoopai.invoices.circuit-breaker.failure-rate-threshold}.
     *
     * @param failureRateThreshold the value
     */
    public void setFailureRateThreshold(float failureRateThreshold) {
      this.failureRateThreshold = failureRateThreshold;
    }

    /**
     * The value of {@code hoopai.invoices.circuit-breaker.sliding-window-size}.
     *
     * @return the value
     */
    public int getSlidingWindowSize() {
      return slidingWindowSize;
    }

    /**
     * Sets {@code hoopai.invoices.circuit-breaker.sliding-window-size}.
     *
     * @param slidingWindowSize the value
     */
    public void setSlidingWindowSize(int slidingWindowSize) {
      this.slidingWindowSize = slidingWindowSize;
    }

    /**
     * The value of {@code hoopai.invoices.circuit-breaker.minimum-number-of-calls}.
     *
     * @return the value
     */
    public int getMinimumNumberOfCalls() {
      return minimumNumberOfCalls;
    }

    /**
     * Sets {@code hoopai.invoices.circuit-breaker.minimum-number-of-calls}.
     *
     * @param minimumNumberOfCalls the value
     */
    public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
      this.minimumNumberOfCalls = minimumNumberOfCalls;
    }

    /**
     * The value of {@code hoopai.invoices.circuit-breaker.wait-duration-in-open-state}.
     *
     * @return the value
     */
    public Duration getWaitDurationInOpenState() {
      return waitDurationInOpenState;
    }

    /**
     * Sets {@code hoopai.invoices.circuit-breaker.wait-duration-in-open-state}.
     *
     * @param waitDurationInOpenState the value
     */
    public void setWaitDurationInOpenState(Duration waitDurationInOpenState) {
      this.waitDurationInOpenState = waitDurationInOpenState;
    }
  }

  /**
   * Where requests are booked against HoopAI's rate limit: in this process (local), or in a budget every
   * replica of the app shares (jdbc: the application's PostgreSQL DataSource; redis: a Redis server). The shared
   * stores need hoopai-invoices-ratelimit and Bucket4j's PostgreSQL or Lettuce module.
   */
  public static class RateLimit {

    /** The budget store: local (each process paces alone), jdbc (PostgreSQL, the app's DataSource) or redis. */
    private Store store = Store.LOCAL;

    /** The app whose budget is shared (default oauth.client-id); replicas of one app must use the same id. */
    private String appId;

    /** The Redis server of the redis store, such as redis://host:6379 (default spring.data.redis.url or host and port). */
    private String redisUrl;

    /** The table of the jdbc store, optionally schema-qualified. */
    private String tableName = "hoopai_rate_limit_buckets";

    /** Whether the jdbc store creates its table at startup when it is missing. */
    private boolean createTable = false;

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
}
