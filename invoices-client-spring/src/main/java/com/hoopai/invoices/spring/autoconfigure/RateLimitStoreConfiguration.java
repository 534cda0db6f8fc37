package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.client.ratelimit.RateLimitStore;
import com.hoopai.invoices.ratelimit.jdbc.PostgresRateLimitStore;
import com.hoopai.invoices.ratelimit.redis.RedisRateLimitStore;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * The rate-limit budget store of {@code hoopai.invoices.rate-limit.*}: a {@link PostgresRateLimitStore} on the
 * application's DataSource ({@code store=jdbc}), a {@link RedisRateLimitStore} ({@code store=redis}: its
 * {@code redis-url}, else Spring Data Redis's {@code spring.data.redis.url} or host and port), or the
 * application's own {@link RateLimitStore} bean, given to the client by a customizer. A shared store whose
 * library or server settings are missing stops the start with a report naming the property.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitStoreConfiguration {

  static final String STORE = ClientSettings.PREFIX + "rate-limit.store";
  static final String APP_ID = ClientSettings.PREFIX + "rate-limit.app-id";
  static final String REDIS_URL = ClientSettings.PREFIX + "rate-limit.redis-url";

  /** Books requests in the configured store, or in the application's own {@link RateLimitStore} bean. */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE + 1)
  HoopAiInvoicesClientCustomizer hoopAiInvoicesRateLimitStoreCustomizer(HoopAiInvoicesProperties properties,
      ObjectProvider<RateLimitStore> stores) {
    return builder -> {
      RateLimitProperties rateLimit = properties.getRateLimit();
      RateLimitStore store = stores.getIfUnique();
      if (store == null) {
        if (rateLimit.getStore() != RateLimitProperties.Store.LOCAL) {
          throw missingLibrary(rateLimit.getStore());
        }
        return;
      }
      String appId = ClientSettings.hasText(rateLimit.getAppId()) ? rateLimit.getAppId()
          : properties.getOauth().getClientId();
      if (!ClientSettings.hasText(appId)) {
        throw new HoopAiInvoicesConfigurationException(APP_ID,
            "a shared rate-limit store needs the app whose budget it books, and neither " + APP_ID + " nor "
                + ClientSettings.CLIENT_ID + " is set.",
            "Set " + APP_ID + " to the same value in every replica of the app (its OAuth client id, say).");
      }
      ClientSettings.set(APP_ID, () -> builder.rateLimitStore(appId, store));
    };
  }

  private static HoopAiInvoicesConfigurationException missingLibrary(RateLimitProperties.Store kind) {
    String libraries = kind == RateLimitProperties.Store.JDBC
        ? "com.hoopai:hoopai-invoices-ratelimit and com.bucket4j:bucket4j_jdk17-postgresql"
        : "com.hoopai:hoopai-invoices-ratelimit, com.bucket4j:bucket4j_jdk17-lettuce and io.lettuce:lettuce-core";
    return new HoopAiInvoicesConfigurationException(STORE,
        STORE + " is " + kind.name().toLowerCase(java.util.Locale.ROOT) + ", but its store is not on the class path"
            + (kind == RateLimitProperties.Store.JDBC ? " (or there is no DataSource)." : "."),
        "Add " + libraries + (kind == RateLimitProperties.Store.JDBC ? ", and a DataSource," : "")
            + " or set " + STORE + "=local.");
  }

  /** PostgreSQL on the application's DataSource. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"com.hoopai.invoices.ratelimit.jdbc.PostgresRateLimitStore",
      "io.github.bucket4j.postgresql.Bucket4jPostgreSQL", "javax.sql.DataSource"})
  @ConditionalOnProperty(prefix = "hoopai.invoices.rate-limit", name = "store", havingValue = "jdbc")
  static class Jdbc {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    RateLimitStore hoopAiInvoicesRateLimitStore(HoopAiInvoicesProperties properties,
        ObjectProvider<DataSource> dataSources) {
      RateLimitProperties rateLimit = properties.getRateLimit();
      DataSource dataSource = dataSources.getIfUnique();
      if (dataSource == null) {
        throw new HoopAiInvoicesConfigurationException(STORE,
            STORE + " is jdbc, but the application has no single DataSource.",
            "Configure spring.datasource.* (PostgreSQL), define a RateLimitStore bean, or set " + STORE + "=local.");
      }
      PostgresRateLimitStore.Builder builder = PostgresRateLimitStore.builder(dataSource);
      ClientSettings.set(ClientSettings.PREFIX + "rate-limit.table-name", () -> builder.table(rateLimit.getTableName()));
      ClientSettings.set(ClientSettings.PREFIX + "rate-limit.timeout", () -> builder.timeout(rateLimit.getTimeout()));
      PostgresRateLimitStore store = builder.build();
      return rateLimit.isCreateTable()
          ? ClientSettings.set(ClientSettings.PREFIX + "rate-limit.create-table", store::createTableIfMissing)
          : store;
    }
  }

  /** Redis through Lettuce. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"com.hoopai.invoices.ratelimit.redis.RedisRateLimitStore",
      "io.github.bucket4j.redis.lettuce.Bucket4jLettuce", "io.lettuce.core.RedisClient"})
  @ConditionalOnProperty(prefix = "hoopai.invoices.rate-limit", name = "store", havingValue = "redis")
  static class Redis {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    RateLimitStore hoopAiInvoicesRateLimitStore(HoopAiInvoicesProperties properties, Environment environment) {
      RateLimitProperties rateLimit = properties.getRateLimit();
      String url = redisUrl(rateLimit, environment);
      RedisRateLimitStore.Builder builder = ClientSettings.set(REDIS_URL, () -> RedisRateLimitStore.builder(url));
      ClientSettings.set(ClientSettings.PREFIX + "rate-limit.timeout", () -> builder.timeout(rateLimit.getTimeout()));
      return builder.build();
    }

    /** Ours, else Spring Data Redis's URL, else its host and port; never logged (it may hold a password). */
    private static String redisUrl(RateLimitProperties rateLimit, Environment environment) {
      if (ClientSettings.hasText(rateLimit.getRedisUrl())) {
        return rateLimit.getRedisUrl();
      }
      String springUrl = environment.getProperty("spring.data.redis.url");
      if (ClientSettings.hasText(springUrl)) {
        return springUrl;
      }
      String host = environment.getProperty("spring.data.redis.host");
      if (ClientSettings.hasText(host)) {
        return "redis://" + host + ":" + environment.getProperty("spring.data.redis.port", "6379");
      }
      throw new HoopAiInvoicesConfigurationException(REDIS_URL,
          STORE + " is redis, but no Redis server is configured.",
          "Set " + REDIS_URL + " (redis://host:6379), or Spring Data Redis's spring.data.redis.url or host.");
    }
  }
}
