package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.api.EstimateTemplatesApi;
import com.hoopai.invoices.api.EstimatesApi;
import com.hoopai.invoices.api.InvoiceSchedulesApi;
import com.hoopai.invoices.api.InvoiceTemplatesApi;
import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.CallInterceptor;
import com.hoopai.invoices.client.CallListener;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.oauth.AgencyLocationTokenProvider;
import com.hoopai.invoices.client.oauth.OAuthInstallFlow;
import com.hoopai.invoices.client.oauth.OAuthListener;
import com.hoopai.invoices.client.oauth.OAuthTokenProvider;
import com.hoopai.invoices.client.oauth.TokenStore;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Auto-configures the HoopAI Invoices client from the {@code hoopai.invoices.*} properties
 * ({@link HoopAiInvoicesProperties}): the {@link InvoicesClient}, each API interface ({@link InvoicesApi},
 * {@link InvoiceTemplatesApi}, {@link InvoiceSchedulesApi}, {@link EstimatesApi}, {@link EstimateTemplatesApi}),
 * the {@link AccessTokenProvider} and, with OAuth, the {@link TokenStore} and {@link OAuthInstallFlow}. Each
 * bean backs off when the application defines its own; {@link HoopAiInvoicesClientCustomizer} beans adjust the
 * client for anything else.
 *
 * <p>With the libraries present, it also takes the {@code hoopai-invoices} instances of the application's
 * Resilience4j registries, records Micrometer metrics, reports health and masks the secrets in the actuator
 * endpoints. It runs on Spring Boot 4 and on Spring Boot 3.5.
 *
 * <pre>{@code
 * hoopai.invoices.oauth.client-id=${HOOPAI_CLIENT_ID}
 * hoopai.invoices.oauth.client-secret=${HOOPAI_CLIENT_SECRET}
 * hoopai.invoices.token-store.type=jdbc
 * }</pre>
 */
@AutoConfiguration(afterName = {
    // The DataSource of the JDBC token store and the MeterRegistry of the metrics: Boot 4, then Boot 3.5 names.
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(InvoicesClient.class)
@EnableConfigurationProperties(HoopAiInvoicesProperties.class)
@Import(RateLimitStoreConfiguration.class)
@ImportRuntimeHints(HoopAiInvoicesRuntimeHints.class)
public final class HoopAiInvoicesAutoConfiguration {

  /** The name of the Resilience4j retry and circuit breaker instances taken from the application's registries. */
  public static final String RESILIENCE4J_INSTANCE = "hoopai-invoices";

  /**
   * The client, from the properties, the token provider, the call listeners (metrics) and the customizers.
   *
   * @param properties the properties
   * @param tokens the token provider bean, if any
   * @param callListeners every call listener, in order
   * @param callInterceptors every call interceptor (observations), in order
   * @param customizers every customizer, in order
   * @return the client; closed with the context
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public InvoicesClient hoopAiInvoicesClient(HoopAiInvoicesProperties properties,
      ObjectProvider<AccessTokenProvider> tokens, ObjectProvider<CallListener> callListeners,
      ObjectProvider<CallInterceptor> callInterceptors, ObjectProvider<HoopAiInvoicesClientCustomizer> customizers) {
    InvoicesClient.Builder builder = InvoicesClient.builder();
    ClientSettings.apply(properties, builder);
    AccessTokenProvider provider = tokens.getIfAvailable();
    if (provider == null) {
      ClientSettings.auth(properties);   // says which credentials are missing
      throw new IllegalStateException("no AccessTokenProvider bean");
    }
    builder.accessTokenProvider(provider);
    builder.callListener(callListeners.orderedStream().reduce(CallListener.NONE, CallListener::andThen));
    callInterceptors.orderedStream().reduce(CallInterceptor::andThen).ifPresent(builder::callInterceptor);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  /**
   * Invoices, text2pay, numbering and settings.
   *
   * @param client the client
   * @return a proxy that takes the client's own at its first call
   */
  @Bean
  @Lazy   // made when first injected or asked for
  @ConditionalOnMissingBean
  public InvoicesApi invoicesApi(ObjectProvider<InvoicesClient> client) {
    return LazyApi.of(InvoicesApi.class, () -> client.getObject().invoices());
  }

  /**
   * Invoice templates.
   *
   * @param client the client
   * @return a proxy that takes the client's own at its first call
   */
  @Bean
  @Lazy   // made when first injected or asked for
  @ConditionalOnMissingBean
  public InvoiceTemplatesApi invoiceTemplatesApi(ObjectProvider<InvoicesClient> client) {
    return LazyApi.of(InvoiceTemplatesApi.class, () -> client.getObject().invoiceTemplates());
  }

  /**
   * Recurring invoice schedules.
   *
   * @param client the client
   * @return a proxy that takes the client's own at its first call
   */
  @Bean
  @Lazy   // made when first injected or asked for
  @ConditionalOnMissingBean
  public InvoiceSchedulesApi invoiceSchedulesApi(ObjectProvider<InvoicesClient> client) {
    return LazyApi.of(InvoiceSchedulesApi.class, () -> client.getObject().invoiceSchedules());
  }

  /**
   * Estimates.
   *
   * @param client the client
   * @return a proxy that takes the client's own at its first call
   */
  @Bean
  @Lazy   // made when first injected or asked for
  @ConditionalOnMissingBean
  public EstimatesApi estimatesApi(ObjectProvider<InvoicesClient> client) {
    return LazyApi.of(EstimatesApi.class, () -> client.getObject().estimates());
  }

  /**
   * Estimate templates.
   *
   * @param client the client
   * @return a proxy that takes the client's own at its first call
   */
  @Bean
  @Lazy   // made when first injected or asked for
  @ConditionalOnMissingBean
  public EstimateTemplatesApi estimateTemplatesApi(ObjectProvider<InvoicesClient> client) {
    return LazyApi.of(EstimateTemplatesApi.class, () -> client.getObject().estimateTemplates());
  }

  /**
   * The credentials: token provider, token store, install flow. A nested class, so that "the application has no
   * client of its own" is judged before this class's own client bean is registered.
   */
  @Configuration(proxyBeanMethods = false)
  static class CredentialsConfiguration {

    /** The JDBC token store, on the application's DataSource. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(DataSource.class)
    @ConditionalOnProperty(prefix = "hoopai.invoices.token-store", name = "type", havingValue = "jdbc")
    static class JdbcTokenStoreConfiguration {

      @Bean
      @ConditionalOnMissingBean
      @ConditionalOnProperty(prefix = "hoopai.invoices.oauth", name = "client-id")
      TokenStore hoopAiInvoicesTokenStore(HoopAiInvoicesProperties properties, ObjectProvider<DataSource> dataSource) {
        return ClientSettings.jdbcTokenStore(properties.getTokenStore(), dataSource.getIfUnique());
      }
    }

    /**
     * The token provider: the fixed {@code access-token}, an {@link OAuthTokenProvider}, or with
     * {@code agency.company-id} an {@link AgencyLocationTokenProvider}. Not made when the application defines a
     * provider or a client of its own.
     *
     * @param properties the properties
     * @param store the token store (OAuth)
     * @param listeners every OAuth listener (metrics), in order, after the logging one
     * @return the provider
     */
    @Bean
    @ConditionalOnMissingBean({AccessTokenProvider.class, InvoicesClient.class})
    public AccessTokenProvider hoopAiInvoicesAccessTokenProvider(HoopAiInvoicesProperties properties,
        ObjectProvider<TokenStore> store, ObjectProvider<OAuthListener> listeners) {
      OAuthListener listener = listeners.orderedStream().reduce(OAuthListener.logging(), OAuthListener::andThen);
      return ClientSettings.accessTokenProvider(properties, store::getObject, listener);
    }

    /**
     * Where OAuth tokens are kept ({@code token-store.type}): memory or file here, JDBC in
     * {@link JdbcTokenStoreConfiguration}.
     *
     * @param properties the properties
     * @return the store
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "hoopai.invoices.oauth", name = "client-id")
    public TokenStore hoopAiInvoicesTokenStore(HoopAiInvoicesProperties properties) {
      return ClientSettings.tokenStore(properties.getTokenStore());
    }

    /**
     * The install flow of the OAuth app: consent URL and code exchange, saving to the token store.
     *
     * @param tokens the token provider
     * @return the flow, or none when the provider is not OAuth
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "hoopai.invoices.oauth", name = "client-id")
    public OAuthInstallFlow hoopAiInvoicesOAuthInstallFlow(AccessTokenProvider tokens) {
      if (tokens instanceof AgencyLocationTokenProvider agency) {
        return OAuthInstallFlow.of(agency.agencyTokens());
      }
      if (tokens instanceof OAuthTokenProvider oauth) {
        return OAuthInstallFlow.of(oauth);
      }
      throw new HoopAiInvoicesConfigurationException(ClientSettings.CLIENT_ID,
          ClientSettings.CLIENT_ID + " is set, but the AccessTokenProvider bean is not an OAuthTokenProvider.",
          "Define an OAuthInstallFlow bean of your own, or remove " + ClientSettings.CLIENT_ID + ".");
    }
  }

  /**
   * The {@code hoopai-invoices} instances of the application's Resilience4j registries (from its Resilience4j
   * starter, or beans of its own), when it has them: {@code resilience4j.retry.instances.hoopai-invoices.*}
   * then sets attempts and waits (the client still decides what may be retried), and
   * {@code resilience4j.circuitbreaker.instances.hoopai-invoices.*} the breaker.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({RetryRegistry.class, CircuitBreakerRegistry.class})
  @ConditionalOnProperty(prefix = "hoopai.invoices", name = "use-resilience4j-registries", matchIfMissing = true)
  static class Resilience4jRegistriesConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)   // before the application's customizers, which may still override
    HoopAiInvoicesClientCustomizer hoopAiInvoicesResilience4jRegistries(HoopAiInvoicesProperties properties,
        ObjectProvider<RetryRegistry> retries, ObjectProvider<CircuitBreakerRegistry> breakers) {
      return builder -> {
        RetryRegistry retryRegistry = retries.getIfUnique();
        if (retryRegistry != null) {
          retryRegistry.find(RESILIENCE4J_INSTANCE).ifPresent(builder::retry);
        }
        CircuitBreakerRegistry breakerRegistry = breakers.getIfUnique();
        if (breakerRegistry != null) {
          var configured = breakerRegistry.find(RESILIENCE4J_INSTANCE);
          if (configured.isPresent()) {
            builder.circuitBreaker(configured.get());
          } else if (properties.getCircuitBreaker().isEnabled()) {
            // Ours, registered so the registry's metrics and endpoints show it.
            builder.circuitBreaker(breakerRegistry.circuitBreaker(RESILIENCE4J_INSTANCE,
                ClientSettings.circuitBreakerConfig(properties.getCircuitBreaker())));
          }
        }
      };
    }
  }

  /**
   * Micrometer Observation: every call an observation of the application's {@link ObservationRegistry} (when it
   * has one), so its handlers time it and, with a tracer, make it a span and propagate its context.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ObservationRegistry.class)
  @ConditionalOnProperty(prefix = "hoopai.invoices.observations", name = "enabled", matchIfMissing = true)
  static class ObservationConfiguration {

    @Bean
    @ConditionalOnMissingBean
    HoopAiInvoicesObservations hoopAiInvoicesObservations(ObjectProvider<ObservationRegistry> registry,
        ObjectProvider<HoopAiInvoicesObservationConvention> convention) {
      return new HoopAiInvoicesObservations(registry::getIfUnique, convention::getIfUnique);
    }
  }

  /** Micrometer: a timer per operation, counters of retries and token refreshes, rate-limit gauges. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnSingleCandidate(MeterRegistry.class)
  static class MetricsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    HoopAiInvoicesMetrics hoopAiInvoicesMetrics(MeterRegistry registry, ObjectProvider<InvoicesClient> client,
        ObjectProvider<HoopAiInvoicesObservations> observations) {
      return new HoopAiInvoicesMetrics(registry, client::getIfUnique, () -> {
        HoopAiInvoicesObservations observed = observations.getIfUnique();
        return observed != null && observed.active();
      });
    }
  }

  /**
   * Masks the HoopAI credentials in {@code /actuator/configprops} and {@code /actuator/env} even when values are
   * shown: by key, and by value wherever the configured token or secret appears ({@link SecretProperties}).
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(SanitizingFunction.class)
  static class SanitizingConfiguration {

    @Bean
    SanitizingFunction hoopAiInvoicesSanitizingFunction(Environment environment) {
      return data -> SecretProperties.sanitize(data, environment);
    }
  }

  /** Health on Spring Boot 4 ({@code org.springframework.boot.health}). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  @Conditional(OnHealthIndicatorEnabledCondition.class)
  static class HealthConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = HoopAiInvoicesHealth.BEAN_NAME)
    HoopAiInvoicesHealthIndicator hoopAiInvoicesHealthIndicator(ObjectProvider<InvoicesClient> client,
        ObjectProvider<AccessTokenProvider> tokens) {
      return new HoopAiInvoicesHealthIndicator(new HoopAiInvoicesHealth(client::getIfUnique, tokens::getIfUnique));
    }
  }

  /**
   * Health on Spring Boot 3.5 ({@code org.springframework.boot.actuate.health}, gone in Boot 4, which this
   * starter is compiled against): the indicator is registered by {@link LegacyHealthIndicatorRegistrar}.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  @Conditional(OnHealthIndicatorEnabledCondition.class)
  @ConditionalOnMissingBean(name = HoopAiInvoicesHealth.BEAN_NAME)
  @Import(LegacyHealthIndicatorRegistrar.class)
  static class LegacyHealthConfiguration {
  }
}
