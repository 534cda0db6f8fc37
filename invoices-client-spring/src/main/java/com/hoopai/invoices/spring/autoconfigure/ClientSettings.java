package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.CircuitBreakerDefaults;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.RetryPolicy;
import com.hoopai.invoices.client.oauth.AgencyLocationTokenProvider;
import com.hoopai.invoices.client.oauth.FileTokenStore;
import com.hoopai.invoices.client.oauth.InMemoryTokenStore;
import com.hoopai.invoices.client.oauth.JdbcTokenStore;
import com.hoopai.invoices.client.oauth.OAuthCredentials;
import com.hoopai.invoices.client.oauth.OAuthListener;
import com.hoopai.invoices.client.oauth.OAuthTokenProvider;
import com.hoopai.invoices.client.oauth.TokenStore;
import com.hoopai.invoices.client.oauth.UserType;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Turns the properties into the client's builders, through their public API only. Every setter's own check
 * runs at once; its failure becomes a {@link HoopAiInvoicesConfigurationException} naming the property.
 */
final class ClientSettings {

  static final String PREFIX = "hoopai.invoices.";
  static final String ACCESS_TOKEN = PREFIX + "access-token";
  static final String CLIENT_ID = PREFIX + "oauth.client-id";
  static final String CLIENT_SECRET = PREFIX + "oauth.client-secret";
  static final String USER_TYPE = PREFIX + "oauth.user-type";
  static final String COMPANY_ID = PREFIX + "agency.company-id";
  static final String STORE_TYPE = PREFIX + "token-store.type";
  static final String STORE_PATH = PREFIX + "token-store.path";

  /** How the client authenticates. */
  enum Auth {
    ACCESS_TOKEN, OAUTH, AGENCY
  }

  private ClientSettings() {
  }

  /** Which credentials the properties give; refuses none, both, or half of them. Never shows a value. */
  static Auth auth(HoopAiInvoicesProperties properties) {
    OAuthProperties oauth = properties.getOauth();
    refuseUnresolved(ACCESS_TOKEN, properties.getAccessToken());
    refuseUnresolved(CLIENT_ID, oauth.getClientId());
    refuseUnresolved(CLIENT_SECRET, oauth.getClientSecret());
    refuseUnresolved(COMPANY_ID, properties.getAgency().getCompanyId());
    boolean token = hasText(properties.getAccessToken());
    boolean clientId = hasText(oauth.getClientId());
    boolean secret = hasText(oauth.getClientSecret());
    boolean company = hasText(properties.getAgency().getCompanyId());
    if (token && (clientId || secret || company)) {
      throw new HoopAiInvoicesConfigurationException(ACCESS_TOKEN,
          ACCESS_TOKEN + " and OAuth (" + (clientId ? CLIENT_ID : secret ? CLIENT_SECRET : COMPANY_ID)
              + ") are both set; the client authenticates one way.",
          "Remove " + ACCESS_TOKEN + " to use OAuth, or the hoopai.invoices.oauth.* and agency.* properties to use"
              + " the fixed token.");
    }
    if (token) {
      return Auth.ACCESS_TOKEN;
    }
    if (!clientId && !secret && !company) {
      throw new HoopAiInvoicesConfigurationException(ACCESS_TOKEN,
          "no credentials are configured (" + ACCESS_TOKEN + " and " + CLIENT_ID + " are not set).",
          "Set " + ACCESS_TOKEN + " (a Private Integration Token), or " + CLIENT_ID + " and " + CLIENT_SECRET
              + " (a Marketplace app), for example from environment variables; or define an AccessTokenProvider"
              + " bean.");
    }
    if (!clientId) {
      throw new HoopAiInvoicesConfigurationException(CLIENT_ID,
          CLIENT_ID + " is not set, but other OAuth properties are.",
          "Set " + CLIENT_ID + " to your Marketplace app's client id.");
    }
    if (!secret) {
      throw new HoopAiInvoicesConfigurationException(CLIENT_SECRET,
          CLIENT_SECRET + " is not set: OAuth needs the app's client secret.",
          "Set " + CLIENT_SECRET + " from a secret store or the environment (for example"
              + " HOOPAI_INVOICES_OAUTH_CLIENT_SECRET); never commit it.");
    }
    UserType type = oauth.getUserType();
    if (company && type == UserType.LOCATION) {
      throw new HoopAiInvoicesConfigurationException(USER_TYPE,
          USER_TYPE + " is location, but " + COMPANY_ID + " is set: agency location tokens need company credentials.",
          "Remove " + USER_TYPE + " (or set it to company) to mint location tokens from the agency token, or remove "
              + COMPANY_ID + ".");
    }
    if (!company && type == UserType.COMPANY) {
      throw new HoopAiInvoicesConfigurationException(COMPANY_ID,
          USER_TYPE + " is company, but " + COMPANY_ID + " is not set.",
          "Set " + COMPANY_ID + " to the agency's company id: location tokens are minted from its token.");
    }
    return company ? Auth.AGENCY : Auth.OAUTH;
  }

  /**
   * Refuses a credential that still holds a placeholder: {@code ${HOOPAI_ACCESS_TOKEN}} with the variable unset
   * reaches the properties as that literal text, and would be sent as the token (the application would start
   * and every call would get 401). The value is never shown.
   */
  private static void refuseUnresolved(String property, String value) {
    if (value != null && value.contains("${")) {
      throw new HoopAiInvoicesConfigurationException(property,
          property + " holds an unresolved placeholder (${...}): the variable it names is not set.",
          "Set that environment variable (or property). To start without it, give the placeholder an empty"
              + " default, as in ${HOOPAI_ACCESS_TOKEN:}: an empty credential is then reported as missing.");
    }
  }

  /** The token provider the properties describe. */
  static AccessTokenProvider accessTokenProvider(HoopAiInvoicesProperties properties, Supplier<TokenStore> store,
      OAuthListener listener) {
    Auth auth = auth(properties);
    if (auth == Auth.ACCESS_TOKEN) {
      return AccessTokenProvider.of(properties.getAccessToken());
    }
    OAuthProperties oauth = properties.getOauth();
    OAuthCredentials.Builder credentials = OAuthCredentials.builder();
    set(CLIENT_ID, () -> credentials.clientId(oauth.getClientId()));
    set(CLIENT_SECRET, () -> credentials.clientSecret(oauth.getClientSecret()));
    credentials.userType(auth == Auth.AGENCY ? UserType.COMPANY : UserType.LOCATION);
    set(PREFIX + "oauth.token-url", () -> credentials.tokenUrl(oauth.getTokenUrl()));
    if (hasText(oauth.getLocationTokenUrl())) {
      set(PREFIX + "oauth.location-token-url", () -> credentials.locationTokenUrl(oauth.getLocationTokenUrl()));
    }
    OAuthTokenProvider.Builder tokens = OAuthTokenProvider.builder(credentials.build())
        .tokenStore(store.get())
        .listener(listener);
    set(PREFIX + "oauth.refresh-margin", () -> tokens.refreshMargin(oauth.getRefreshMargin()));
    set(PREFIX + "connect-timeout", () -> tokens.connectTimeout(properties.getConnectTimeout()));
    set(PREFIX + "read-timeout", () -> tokens.readTimeout(properties.getReadTimeout()));
    if (auth == Auth.OAUTH) {
      return tokens.build();
    }
    set(COMPANY_ID, () -> tokens.defaultKey(properties.getAgency().getCompanyId()));
    AgencyLocationTokenProvider.Builder agency = AgencyLocationTokenProvider.builder(tokens.build());
    set(PREFIX + "oauth.refresh-margin", () -> agency.refreshMargin(oauth.getRefreshMargin()));
    return agency.build();
  }

  /** A memory or file store; a JDBC store is made by {@link #jdbcTokenStore}. */
  static TokenStore tokenStore(TokenStoreProperties store) {
    return switch (store.getType()) {
      case MEMORY -> new InMemoryTokenStore();
      case FILE -> {
        if (store.getPath() == null) {
          throw new HoopAiInvoicesConfigurationException(STORE_PATH,
              STORE_TYPE + " is file, but " + STORE_PATH + " is not set.",
              "Set " + STORE_PATH + " to a directory only this application can read (it is created rwx------).");
        }
        yield set(STORE_PATH, () -> new FileTokenStore(store.getPath()));
      }
      case JDBC -> throw noDataSource("no javax.sql.DataSource support is on the classpath");
    };
  }

  /** A JDBC store on the application's DataSource, its table created if asked. */
  static TokenStore jdbcTokenStore(TokenStoreProperties store, DataSource dataSource) {
    if (dataSource == null) {
      throw noDataSource("the application has no single DataSource bean");
    }
    JdbcTokenStore.Builder builder = JdbcTokenStore.builder(dataSource);
    set(PREFIX + "token-store.table-name", () -> builder.tableName(store.getTableName()));
    JdbcTokenStore jdbc = builder.build();
    return store.isCreateTable() ? set(PREFIX + "token-store.create-table", jdbc::createTableIfMissing) : jdbc;
  }

  private static HoopAiInvoicesConfigurationException noDataSource(String why) {
    return new HoopAiInvoicesConfigurationException(STORE_TYPE, STORE_TYPE + " is jdbc, but " + why + ".",
        "Add a database (for example spring-boot-starter-jdbc and spring.datasource.url), or set " + STORE_TYPE
            + " to file or memory.");
  }

  /** Applies everything but the credentials and the Resilience4j registries. */
  static void apply(HoopAiInvoicesProperties properties, InvoicesClient.Builder builder) {
    set(PREFIX + "base-url", () -> builder.baseUrl(properties.getBaseUrl()));
    set(PREFIX + "api-version", () -> builder.apiVersion(properties.getApiVersion()));
    set(PREFIX + "connect-timeout", () -> builder.connectTimeout(properties.getConnectTimeout()));
    set(PREFIX + "read-timeout", () -> builder.readTimeout(properties.getReadTimeout()));
    set(PREFIX + "request-logging", () -> builder.requestLogging(properties.getRequestLogging()));
    set(PREFIX + "max-idle-connections", () -> builder.maxIdleConnections(properties.getMaxIdleConnections()));
    builder.paceRateLimits(properties.isPaceRateLimits());
    builder.retryPolicy(retryPolicy(properties.getRetry()));
    if (properties.getCircuitBreaker().isEnabled()) {
      builder.circuitBreaker(CircuitBreaker.of(CIRCUIT_BREAKER_NAME, circuitBreakerConfig(properties.getCircuitBreaker())));
    }
  }

  /** The name of the Resilience4j instances the starter makes or takes from the application's registries. */
  static final String CIRCUIT_BREAKER_NAME = "hoopai-invoices";

  static RetryPolicy retryPolicy(RetryProperties retry) {
    String p = PREFIX + "retry.";
    RetryPolicy.Builder policy = RetryPolicy.builder();
    set(p + "max-attempts", () -> policy.maxAttempts(retry.getMaxAttempts()));
    set(p + "initial-backoff", () -> policy.initialBackoff(retry.getInitialBackoff()));
    set(p + "multiplier", () -> policy.multiplier(retry.getMultiplier()));
    set(p + "max-backoff", () -> policy.maxBackoff(retry.getMaxBackoff()));
    set(p + "jitter", () -> policy.jitter(retry.getJitter()));
    set(p + "max-retry-after", () -> policy.maxRetryAfter(retry.getMaxRetryAfter()));
    return policy.build();
  }

  /** The client's recommended breaker ({@link CircuitBreakerDefaults}) with the properties' figures. */
  static CircuitBreakerConfig circuitBreakerConfig(CircuitBreakerProperties breaker) {
    String p = PREFIX + "circuit-breaker.";
    CircuitBreakerConfig.Builder config = CircuitBreakerDefaults.config();
    set(p + "failure-rate-threshold", () -> config.failureRateThreshold(breaker.getFailureRateThreshold()));
    set(p + "sliding-window-size", () -> config.slidingWindowSize(breaker.getSlidingWindowSize()));
    set(p + "minimum-number-of-calls", () -> config.minimumNumberOfCalls(breaker.getMinimumNumberOfCalls()));
    set(p + "wait-duration-in-open-state", () -> config.waitDurationInOpenState(breaker.getWaitDurationInOpenState()));
    return config.build();
  }

  /** Runs a builder call; its refusal names the property. */
  static <T> T set(String property, Supplier<T> call) {
    try {
      return call.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      if (e instanceof HoopAiInvoicesConfigurationException configuration) {
        throw configuration;
      }
      throw new HoopAiInvoicesConfigurationException(property, property + " is invalid: " + e.getMessage(),
          "Correct " + property + ".", e);
    }
  }

  static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
