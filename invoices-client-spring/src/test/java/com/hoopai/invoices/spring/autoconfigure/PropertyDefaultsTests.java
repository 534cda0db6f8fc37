package com.hoopai.invoices.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hoopai.invoices.client.CircuitBreakerDefaults;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.RetryPolicy;
import com.hoopai.invoices.client.oauth.JdbcTokenStore;
import com.hoopai.invoices.client.oauth.OAuthCredentials;
import com.hoopai.invoices.client.oauth.OAuthTokenProvider;
import com.hoopai.invoices.client.webhooks.AppInstallationHandler;
import com.hoopai.invoices.client.webhooks.InMemoryWebhookReplayStore;
import com.hoopai.invoices.client.webhooks.JdbcWebhookReplayStore;
import com.hoopai.invoices.client.webhooks.WebhookVerifier;
import com.hoopai.invoices.ratelimit.jdbc.PostgresRateLimitStore;
import com.hoopai.invoices.ratelimit.redis.RedisRateLimitStore;
import com.hoopai.invoices.spring.webhooks.HoopAiWebhooksProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.util.unit.DataSize;

/**
 * One default per setting: the properties start from the client's constants, and the defaults IDEs show (the
 * configuration metadata, given by hand in {@code additional-spring-configuration-metadata.json} where the
 * annotation processor cannot read a constant of another class) are the values the properties really bind to.
 */
class PropertyDefaultsTests {

  private static final String PREFIX = "hoopai.invoices.";
  private static final String WEBHOOKS = PREFIX + "webhooks.";
  /** Switches read by conditions, with no field in the properties classes. */
  private static final Set<String> CONDITION_ONLY = Set.of(PREFIX + "observations.enabled");
  /** Left unset so the starter derives it: company when agency.company-id is set, else location. */
  private static final Set<String> DERIVED = Set.of(PREFIX + "oauth.user-type");

  @Test
  void everyDefaultTheMetadataShowsIsTheValueThePropertiesHave() throws IOException {
    BeanWrapper client = new BeanWrapperImpl(new HoopAiInvoicesProperties());
    BeanWrapper webhooks = new BeanWrapperImpl(new HoopAiWebhooksProperties());
    Map<String, Object> defaults = metadataDefaults();
    assertThat(defaults).containsKeys(PREFIX + "connect-timeout", PREFIX + "retry.max-attempts",
        PREFIX + "circuit-breaker.sliding-window-size", PREFIX + "token-store.table-name", WEBHOOKS + "tolerance");
    int compared = 0;
    for (Map.Entry<String, Object> entry : defaults.entrySet()) {
      String name = entry.getKey();
      if (CONDITION_ONLY.contains(name) || DERIVED.contains(name)) {
        continue;
      }
      BeanWrapper bean = name.startsWith(WEBHOOKS) ? webhooks : client;
      String path = beanPath(name.substring(name.startsWith(WEBHOOKS) ? WEBHOOKS.length() : PREFIX.length()));
      assertThat(bean.isReadableProperty(path)).as(name + " is a property").isTrue();
      Object expected = ApplicationConversionService.getSharedInstance().convert(entry.getValue(),
          TypeDescriptor.forObject(entry.getValue()), bean.getPropertyTypeDescriptor(path));
      assertThat(bean.getPropertyValue(path)).as(name).isEqualTo(expected);
      compared++;
    }
    assertThat(compared).isGreaterThan(40);
    assertThat(new HoopAiInvoicesProperties().getOauth().getUserType()).as("derived, so unset").isNull();
  }

  @Test
  void theClientSettingsDefaultToTheClientsConstants() {
    HoopAiInvoicesProperties properties = new HoopAiInvoicesProperties();
    assertThat(properties.getBaseUrl()).isEqualTo(InvoicesClient.DEFAULT_BASE_URL);
    assertThat(properties.getApiVersion()).isEqualTo(InvoicesClient.DEFAULT_API_VERSION);
    assertThat(properties.getConnectTimeout()).isEqualTo(InvoicesClient.DEFAULT_CONNECT_TIMEOUT);
    assertThat(properties.getReadTimeout()).isEqualTo(InvoicesClient.DEFAULT_READ_TIMEOUT);
    assertThat(properties.getRequestLogging()).isEqualTo(InvoicesClient.DEFAULT_REQUEST_LOGGING);
    assertThat(properties.isPaceRateLimits()).isEqualTo(InvoicesClient.DEFAULT_PACE_RATE_LIMITS);
    assertThat(properties.getMaxIdleConnections()).isEqualTo(InvoicesClient.DEFAULT_MAX_IDLE_CONNECTIONS);
    assertThat(properties.getOauth().getRefreshMargin()).isEqualTo(OAuthTokenProvider.DEFAULT_REFRESH_MARGIN);
    assertThat(properties.getOauth().getTokenUrl()).isEqualTo(OAuthCredentials.DEFAULT_TOKEN_URL);
    assertThat(properties.getTokenStore().getTableName()).isEqualTo(JdbcTokenStore.DEFAULT_TABLE);
    assertThat(properties.getRateLimit().getTableName()).isEqualTo(PostgresRateLimitStore.DEFAULT_TABLE);
    assertThat(properties.getRateLimit().getTimeout())
        .isEqualTo(PostgresRateLimitStore.DEFAULT_TIMEOUT).isEqualTo(RedisRateLimitStore.DEFAULT_TIMEOUT);
  }

  @Test
  void theDefaultRetryPropertiesMakeTheClientsDefaultPolicy() {
    assertThat(ClientSettings.retryPolicy(new RetryProperties())).hasToString(RetryPolicy.defaults().toString());
  }

  @Test
  void theDefaultCircuitBreakerPropertiesMakeTheClientsRecommendedBreaker() {
    CircuitBreakerConfig fromProperties = ClientSettings.circuitBreakerConfig(new CircuitBreakerProperties());
    CircuitBreakerConfig recommended = CircuitBreakerDefaults.config().build();
    assertThat(fromProperties.getFailureRateThreshold()).isEqualTo(recommended.getFailureRateThreshold());
    assertThat(fromProperties.getSlidingWindowSize()).isEqualTo(recommended.getSlidingWindowSize());
    assertThat(fromProperties.getMinimumNumberOfCalls()).isEqualTo(recommended.getMinimumNumberOfCalls());
    assertThat(fromProperties.getWaitIntervalFunctionInOpenState().apply(1))
        .isEqualTo(recommended.getWaitIntervalFunctionInOpenState().apply(1))
        .isEqualTo(Duration.ofSeconds(30).toMillis());
  }

  @Test
  void theWebhookSettingsDefaultToTheClientsConstants() {
    HoopAiWebhooksProperties properties = new HoopAiWebhooksProperties();
    assertThat(properties.getTolerance()).isEqualTo(WebhookVerifier.DEFAULT_TOLERANCE);
    assertThat(properties.getClockSkew()).isEqualTo(WebhookVerifier.DEFAULT_CLOCK_SKEW);
    assertThat(properties.getMaxBodySize()).isEqualTo(DataSize.ofBytes(WebhookVerifier.DEFAULT_MAX_BODY_BYTES));
    assertThat(properties.getInstallConcurrency()).isEqualTo(AppInstallationHandler.DEFAULT_CONCURRENCY);
    assertThat(properties.getReplayStore().getMaxEntries()).isEqualTo(InMemoryWebhookReplayStore.DEFAULT_MAX_ENTRIES);
    assertThat(properties.getReplayStore().getTableName()).isEqualTo(JdbcWebhookReplayStore.DEFAULT_TABLE);
  }

  /** {@code rate-limit.table-name} as a bean path: {@code rateLimit.tableName}. */
  private static String beanPath(String property) {
    StringBuilder path = new StringBuilder();
    boolean upper = false;
    for (char c : property.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        path.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return path.toString();
  }

  /** The defaults of the starter's own metadata, by property name. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> metadataDefaults() throws IOException {
    URL classes = HoopAiInvoicesProperties.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader starter = new URLClassLoader(new URL[] {classes}, null);
        InputStream in = starter.getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the starter's configuration metadata").isNotNull();
      Map<String, Object> metadata = new ObjectMapper().readValue(in, Map.class);
      Map<String, Object> defaults = new TreeMap<>();
      for (Map<String, Object> property : (List<Map<String, Object>>) metadata.get("properties")) {
        String name = (String) property.get("name");
        if (name.startsWith(PREFIX) && property.containsKey("defaultValue")) {
          defaults.put(name, property.get("defaultValue"));
        }
      }
      return defaults;
    }
  }
}
