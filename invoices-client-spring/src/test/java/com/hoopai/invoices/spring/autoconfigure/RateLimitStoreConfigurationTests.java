package com.hoopai.invoices.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.ratelimit.RateLimitBands;
import com.hoopai.invoices.client.ratelimit.RateLimitKey;
import com.hoopai.invoices.client.ratelimit.RateLimitStore;
import com.hoopai.invoices.ratelimit.jdbc.PostgresRateLimitStore;
import com.hoopai.invoices.ratelimit.redis.RedisRateLimitStore;
import com.hoopai.invoices.sandbox.server.SandboxServer;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code hoopai.invoices.rate-limit.*}: which store the client books requests in, and the reports on bad settings. */
class RateLimitStoreConfigurationTests {

  @RegisterExtension
  final ServerFixture hoopAi = new ServerFixture();

  private final SandboxServer fake = hoopAi.server();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(HoopAiInvoicesAutoConfiguration.class))
      .withPropertyValues("hoopai.invoices.access-token=" + ServerFixture.TOKEN,
          "hoopai.invoices.base-url=" + fake.baseUrl(),
          "hoopai.invoices.retry.initial-backoff=0ms");

  @Test
  void theDefaultStoreIsLocalAndNeedsNothing() {
    runner.run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(RateLimitStore.class);
      context.getBean(InvoicesClient.class).forLocation(ServerFixture.LOCATION).invoices().getInvoice(ServerFixture.INVOICE_ID);
    });
  }

  @Test
  void jdbcUsesTheApplicationsDataSource() {
    runner.withUserConfiguration(H2.class)
        .withPropertyValues("hoopai.invoices.rate-limit.store=jdbc", "hoopai.invoices.rate-limit.app-id=billing")
        .run(context -> assertThat(context).hasNotFailed().getBean(RateLimitStore.class)
            .isInstanceOf(PostgresRateLimitStore.class));
  }

  @Test
  void redisUsesItsUrlOrSpringDataRedisSettings() {
    runner.withPropertyValues("hoopai.invoices.rate-limit.store=redis",
            "hoopai.invoices.rate-limit.app-id=billing", "spring.data.redis.host=127.0.0.1",
            "spring.data.redis.port=9")
        .run(context -> assertThat(context).hasNotFailed().getBean(RateLimitStore.class)
            .hasToString("RedisRateLimitStore{127.0.0.1:9}"));
  }

  @Test
  void theClientBooksInTheApplicationsOwnStoreUnderTheAppId() {
    runner.withUserConfiguration(Recording.class)
        .withPropertyValues("hoopai.invoices.rate-limit.app-id=billing")
        .run(context -> {
          context.getBean(InvoicesClient.class).forLocation(ServerFixture.LOCATION).invoices().getInvoice(ServerFixture.INVOICE_ID);
          assertThat(context.getBean(RecordingStore.class).keys).containsExactly(new RateLimitKey("billing", ServerFixture.LOCATION));
        });
  }

  @Test
  void aSharedStoreWithoutAnAppIdStopsTheStartNamingTheProperty() {
    runner.withUserConfiguration(Recording.class).run(context -> assertThat(context).getFailure()
        .rootCause().isInstanceOf(HoopAiInvoicesConfigurationException.class)
        .hasMessageContaining("hoopai.invoices.rate-limit.app-id"));
  }

  @Test
  void jdbcWithoutADataSourceStopsTheStart() {
    runner.withPropertyValues("hoopai.invoices.rate-limit.store=jdbc", "hoopai.invoices.rate-limit.app-id=billing")
        .run(context -> assertThat(context).getFailure().rootCause()
            .isInstanceOf(HoopAiInvoicesConfigurationException.class).hasMessageContaining("DataSource"));
  }

  @Test
  void redisWithoutAServerStopsTheStart() {
    runner.withPropertyValues("hoopai.invoices.rate-limit.store=redis", "hoopai.invoices.rate-limit.app-id=billing")
        .run(context -> assertThat(context).getFailure().rootCause()
            .isInstanceOf(HoopAiInvoicesConfigurationException.class)
            .hasMessageContaining("no Redis server is configured"));
  }

  @Test
  void redisWithoutTheLibraryStopsTheStartNamingWhatToAdd() {
    runner.withClassLoader(new FilteredClassLoader(RedisRateLimitStore.class))
        .withPropertyValues("hoopai.invoices.rate-limit.store=redis", "hoopai.invoices.rate-limit.app-id=billing",
            "hoopai.invoices.rate-limit.redis-url=redis://127.0.0.1:9")
        .run(context -> assertThat(context).getFailure().rootCause()
            .isInstanceOf(HoopAiInvoicesConfigurationException.class)
            .hasMessageContaining("hoopai.invoices.rate-limit.store").hasMessageContaining("not on the class path"));
  }

  @Test
  void anUnknownStoreStopsTheStart() {
    runner.withPropertyValues("hoopai.invoices.rate-limit.store=mongo")
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void maxIdleConnectionsIsChecked() {
    runner.withPropertyValues("hoopai.invoices.max-idle-connections=0")
        .run(context -> assertThat(context).getFailure()
            .hasStackTraceContaining(HoopAiInvoicesConfigurationException.class.getName())
            .hasStackTraceContaining("hoopai.invoices.max-idle-connections"));
  }

  @Configuration(proxyBeanMethods = false)
  static class H2 {
    @Bean
    DataSource dataSource() {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:rate-limit;DB_CLOSE_DELAY=-1");
      return h2;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Recording {
    @Bean
    RecordingStore recordingStore() {
      return new RecordingStore();
    }
  }

  /** A store of the application's own that notes the keys it is asked to book. */
  static class RecordingStore implements RateLimitStore {
    final List<RateLimitKey> keys = new ArrayList<>();

    @Override
    public synchronized long reserve(RateLimitKey key, RateLimitBands bands, long maxWaitNanos) {
      keys.add(key);
      return 0;
    }
  }
}
