package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.RequestLogging;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

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
 * <p>The secrets are named {@code ...token} and {@code ...secret} and masked by the actuator endpoints. Each
 * default is the client's own ({@code InvoicesClient.DEFAULT_*}, {@code RetryPolicy.DEFAULT_*}...), so the
 * starter and a client built by hand behave alike.
 */
@ConfigurationProperties("hoopai.invoices")
public class HoopAiInvoicesProperties {

  /** Where API requests go: https, except loopback hosts (tests). */
  private String baseUrl = InvoicesClient.DEFAULT_BASE_URL;

  /** The Version header sent with every request; change it only when HoopAI announces a new version. */
  private String apiVersion = InvoicesClient.DEFAULT_API_VERSION;

  /** A fixed bearer token, such as a Private Integration Token; set this or oauth.client-id, not both. */
  private String accessToken;

  /** How long to wait for a connection. */
  private Duration connectTimeout = InvoicesClient.DEFAULT_CONNECT_TIMEOUT;

  /** How long to wait for each read and write on the connection. */
  private Duration readTimeout = InvoicesClient.DEFAULT_READ_TIMEOUT;

  /** How much of each exchange to log at DEBUG on com.hoopai.invoices.http; Authorization is always redacted. */
  private RequestLogging requestLogging = InvoicesClient.DEFAULT_REQUEST_LOGGING;

  /** Whether to pace requests per location so a burst stays within the API's rate limit instead of meeting 429s. */
  private boolean paceRateLimits = InvoicesClient.DEFAULT_PACE_RATE_LIMITS;

  /** How many idle connections the client's pool keeps: size it for the most threads that call the API at once. */
  private int maxIdleConnections = InvoicesClient.DEFAULT_MAX_IDLE_CONNECTIONS;

  /** Whether to take the 'hoopai-invoices' retry and circuit breaker from the application's Resilience4j registries. */
  private boolean useResilience4jRegistries = true;

  @NestedConfigurationProperty
  private final OAuthProperties oauth = new OAuthProperties();

  @NestedConfigurationProperty
  private final TokenStoreProperties tokenStore = new TokenStoreProperties();

  @NestedConfigurationProperty
  private final AgencyProperties agency = new AgencyProperties();

  @NestedConfigurationProperty
  private final RetryProperties retry = new RetryProperties();

  @NestedConfigurationProperty
  private final CircuitBreakerProperties circuitBreaker = new CircuitBreakerProperties();

  @NestedConfigurationProperty
  private final RateLimitProperties rateLimit = new RateLimitProperties();

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
  public RateLimitProperties getRateLimit() {
    return rateLimit;
  }

  /**
   * The {@code hoopai.invoices.oauth.*} properties.
   *
   * @return them, never {@code null}
   */
  public OAuthProperties getOauth() {
    return oauth;
  }

  /**
   * The {@code hoopai.invoices.token-store.*} properties.
   *
   * @return them, never {@code null}
   */
  public TokenStoreProperties getTokenStore() {
    return tokenStore;
  }

  /**
   * The {@code hoopai.invoices.agency.*} properties.
   *
   * @return them, never {@code null}
   */
  public AgencyProperties getAgency() {
    return agency;
  }

  /**
   * The {@code hoopai.invoices.retry.*} properties.
   *
   * @return them, never {@code null}
   */
  public RetryProperties getRetry() {
    return retry;
  }

  /**
   * The {@code hoopai.invoices.circuit-breaker.*} properties.
   *
   * @return them, never {@code null}
   */
  public CircuitBreakerProperties getCircuitBreaker() {
    return circuitBreaker;
  }

  @Override
  public String toString() {
    return "HoopAiInvoicesProperties{baseUrl=" + baseUrl + ", accessToken=" + (accessToken == null ? "none" : "<redacted>")
        + ", oauth=" + oauth + "}";
  }
}
