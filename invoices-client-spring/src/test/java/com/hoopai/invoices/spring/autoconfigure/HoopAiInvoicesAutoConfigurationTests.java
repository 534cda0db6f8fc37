package com.hoopai.invoices.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.api.EstimateTemplatesApi;
import com.hoopai.invoices.api.EstimatesApi;
import com.hoopai.invoices.api.InvoiceSchedulesApi;
import com.hoopai.invoices.api.InvoiceTemplatesApi;
import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.errors.HoopAiTimeoutException;
import com.hoopai.invoices.client.errors.ServerErrorException;
import com.hoopai.invoices.client.oauth.AgencyLocationTokenProvider;
import com.hoopai.invoices.client.oauth.FileTokenStore;
import com.hoopai.invoices.client.oauth.InMemoryTokenStore;
import com.hoopai.invoices.client.oauth.OAuthInstallFlow;
import com.hoopai.invoices.client.oauth.OAuthTokenProvider;
import com.hoopai.invoices.client.oauth.TokenStore;
import com.hoopai.invoices.sandbox.server.Fault;
import com.hoopai.invoices.sandbox.server.SandboxRequest;
import com.hoopai.invoices.sandbox.server.SandboxServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Every property and every "your bean wins", on one {@link ApplicationContextRunner}. */
class HoopAiInvoicesAutoConfigurationTests {

  @RegisterExtension
  final ServerFixture hoopAi = new ServerFixture();

  private final SandboxServer fake = hoopAi.server();

  private final ApplicationContextRunner runner = hoopAi.runner();

  @Test
  void theClientAndEveryApiInterfaceAreBeans() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(InvoicesClient.class);
      // Each API bean takes the client's proxy at its first call, not at startup.
      assertThat(context.getBean(InvoicesApi.class)).hasToString("InvoicesApi(built at its first call)");
      assertThat(context.getBean(InvoiceTemplatesApi.class))
          .hasToString("InvoiceTemplatesApi(built at its first call)");
      assertThat(context.getBean(InvoiceSchedulesApi.class))
          .hasToString("InvoiceSchedulesApi(built at its first call)");
      assertThat(context.getBean(EstimatesApi.class)).hasToString("EstimatesApi(built at its first call)");
      assertThat(context.getBean(EstimateTemplatesApi.class))
          .hasToString("EstimateTemplatesApi(built at its first call)");
      assertThat(context).hasSingleBean(AccessTokenProvider.class).doesNotHaveBean(TokenStore.class)
          .doesNotHaveBean(OAuthInstallFlow.class);
    });
  }

  @Test
  void accessTokenIsSentAsTheBearerToken() {
    runner.run(context -> {
      InvoicesApi invoices = context.getBean(InvoicesApi.class);
      invoices.getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION);
      assertThat(ServerFixture.apiTokens(fake)).containsExactly(ServerFixture.TOKEN);
      assertThat(invoices).hasToString(context.getBean(InvoicesClient.class).invoices().toString())
          .isEqualTo(invoices).isNotEqualTo(context.getBean(InvoicesClient.class).invoices());
    });
  }

  @Test
  void baseUrlAndApiVersionAreUsed() {
    // The server refuses a version it does not serve; this test is about what the client sends.
    fake.faults().failNext("getInvoice", Fault.status(200, ServerFixture.INVOICE));
    runner.withPropertyValues("hoopai.invoices.api-version=2099-01-01").run(context -> {
      InvoicesClient client = context.getBean(InvoicesClient.class);
      client.invoices().getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION);
      assertThat(client.baseUrl()).isEqualTo(fake.baseUrl());
      assertThat(fake.requests().api().get(0).header("Version")).isEqualTo("2099-01-01");
    });
  }

  @Test
  void theDefaultsAreTheClientsDefaults() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(HoopAiInvoicesAutoConfiguration.class))
        .withPropertyValues("hoopai.invoices.access-token=" + ServerFixture.TOKEN).run(context -> {
          InvoicesClient client = context.getBean(InvoicesClient.class);
          assertThat(client.baseUrl()).isEqualTo(InvoicesClient.DEFAULT_BASE_URL);
          assertThat(client.apiVersion()).isEqualTo(InvoicesClient.DEFAULT_API_VERSION);
          assertThat(client.circuitBreaker()).isEmpty();
          HoopAiInvoicesProperties properties = context.getBean(HoopAiInvoicesProperties.class);
          assertThat(properties.getConnectTimeout()).isEqualTo(InvoicesClient.DEFAULT_CONNECT_TIMEOUT);
          assertThat(properties.getReadTimeout()).isEqualTo(InvoicesClient.DEFAULT_READ_TIMEOUT);
          assertThat(ClientSettings.retryPolicy(properties.getRetry()).toString())
              .isEqualTo(com.hoopai.invoices.client.RetryPolicy.defaults().toString());
        });
  }

  @Test
  void readTimeoutIsApplied() {
    fake.faults().failNext("getInvoice", Fault.hang(Duration.ofSeconds(2)));
    runner.withPropertyValues("hoopai.invoices.read-timeout=150ms", "hoopai.invoices.retry.max-attempts=1")
        .run(context -> {
          long started = System.nanoTime();
          catchThrowableOfType(HoopAiTimeoutException.class, () -> context.getBean(InvoicesApi.class)
              .getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION));
          assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
        });
  }

  @Test
  void connectTimeoutIsBoundAndChecked() {
    runner.withPropertyValues("hoopai.invoices.connect-timeout=0s").run(context -> assertThat(context)
        .getFailure().rootCause().hasMessageContaining("connectTimeout must be positive"));
    runner.withPropertyValues("hoopai.invoices.connect-timeout=3s").run(context -> assertThat(
        context.getBean(HoopAiInvoicesProperties.class).getConnectTimeout()).isEqualTo(Duration.ofSeconds(3)));
  }

  @Test
  void retryMaxAttemptsAndBackoffAreApplied() {
    for (int i = 0; i < 4; i++) {
      fake.faults().failNext("getInvoice", Fault.status(503, "{\"statusCode\":503,\"message\":\"down\"}"));
    }
    runner.withPropertyValues("hoopai.invoices.retry.max-attempts=4", "hoopai.invoices.retry.multiplier=1.5",
        "hoopai.invoices.retry.max-backoff=5ms", "hoopai.invoices.retry.jitter=0",
        "hoopai.invoices.retry.max-retry-after=1s").run(context -> {
          catchThrowableOfType(ServerErrorException.class, () -> context.getBean(InvoicesApi.class)
              .getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION));
          assertThat(fake.requests().api()).hasSize(4);
          assertThat(ClientSettings.retryPolicy(context.getBean(HoopAiInvoicesProperties.class).getRetry()))
              .hasToString("RetryPolicy{maxAttempts=4, initialBackoff=PT0S, multiplier=1.5, maxBackoff=PT0.005S,"
                  + " jitter=0.0, maxRetryAfter=PT1S}");
        });
  }

  @Test
  void requestLoggingLevelIsApplied() {
    List<String> lines = new CopyOnWriteArrayList<>();
    runner.withPropertyValues("hoopai.invoices.request-logging=headers")
        .withBean(HoopAiInvoicesClientCustomizer.class, () -> builder -> builder.requestLogger(lines::add))
        .run(context -> {
          context.getBean(InvoicesApi.class).getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION);
          assertThat(lines).anyMatch(line -> line.contains("GET")).anyMatch(line -> line.contains("Version"))
              .noneMatch(line -> line.contains(ServerFixture.TOKEN));
        });
  }

  @Test
  void paceRateLimitsIsBound() {
    runner.withPropertyValues("hoopai.invoices.pace-rate-limits=true").run(context ->
        assertThat(context.getBean(HoopAiInvoicesProperties.class).isPaceRateLimits()).isTrue());
  }

  @Test
  void theCircuitBreakerIsBuiltFromTheProperties() {
    runner.withPropertyValues("hoopai.invoices.circuit-breaker.enabled=true",
        "hoopai.invoices.circuit-breaker.failure-rate-threshold=25",
        "hoopai.invoices.circuit-breaker.sliding-window-size=8",
        "hoopai.invoices.circuit-breaker.minimum-number-of-calls=4",
        "hoopai.invoices.circuit-breaker.wait-duration-in-open-state=45s").run(context -> {
          CircuitBreaker breaker = context.getBean(InvoicesClient.class).circuitBreaker().orElseThrow();
          CircuitBreakerConfig config = breaker.getCircuitBreakerConfig();
          assertThat(breaker.getName()).isEqualTo("hoopai-invoices");
          assertThat(config.getFailureRateThreshold()).isEqualTo(25f);
          assertThat(config.getSlidingWindowSize()).isEqualTo(8);
          assertThat(config.getMinimumNumberOfCalls()).isEqualTo(4);
          assertThat(config.getRecordExceptionPredicate().test(new IllegalArgumentException())).isFalse();
        });
  }

  @Test
  void aUsersClientWins() {
    runner.withUserConfiguration(UserClient.class).run(context -> {
      assertThat(context).hasSingleBean(InvoicesClient.class).doesNotHaveBean(AccessTokenProvider.class);
      assertThat(context.getBean(InvoicesClient.class)).isSameAs(context.getBean("myClient"));
      InvoicesApi invoices = context.getBean(InvoicesApi.class);
      // Refused by the user's client before anything is sent; the bean then shows whose proxy it took.
      assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> invoices.getInvoice(null, null)))
          .isNotNull();
      assertThat(invoices).hasToString(UserClient.CLIENT.invoices().toString());
    });
  }

  @Test
  void aUsersApiBeanWins() {
    runner.withUserConfiguration(UserClient.class)
        .withBean("myInvoices", InvoicesApi.class, () -> UserClient.CLIENT.invoices())
        .run(context -> assertThat(context.getBean(InvoicesApi.class)).isSameAs(context.getBean("myInvoices")));
  }

  @Test
  void aUsersTokenProviderWinsAndNeedsNoCredentialProperty() {
    // The server refuses a token it did not issue; this test is about which token the client sends.
    fake.faults().failNext("getInvoice", Fault.status(200, ServerFixture.INVOICE));
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(HoopAiInvoicesAutoConfiguration.class))
        .withPropertyValues("hoopai.invoices.base-url=" + fake.baseUrl())
        .withBean(AccessTokenProvider.class, () -> location -> "token-for-" + location)
        .run(context -> {
          context.getBean(InvoicesApi.class).getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION);
          assertThat(ServerFixture.apiTokens(fake)).containsExactly("token-for-" + ServerFixture.LOCATION);
        });
  }

  @Test
  void customizersAreAppliedInOrderAfterTheProperties() {
    fake.faults().failNext("getInvoice", Fault.status(200, ServerFixture.INVOICE));   // the customizer's version 2030
    runner.withUserConfiguration(Customizers.class).run(context -> {
      context.getBean(InvoicesApi.class).getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION);
      assertThat(fake.requests().api().get(0).header("User-Agent")).endsWith(" second");
      assertThat(context.getBean(InvoicesClient.class).apiVersion()).isEqualTo("2030-01-01");
    });
  }

  @Test
  void oauthGivesAnOAuthTokenProviderWithAnInMemoryStoreAndAnInstallFlow() {
    oauth().run(context -> {
      assertThat(context.getBean(AccessTokenProvider.class)).isInstanceOf(OAuthTokenProvider.class)
          .hasToString("OAuthTokenProvider{clientId=" + ServerFixture.CLIENT_ID + ", userType=Location, store="
              + context.getBean(TokenStore.class) + ", refreshMargin=PT5M, keys=0}");
      assertThat(context.getBean(TokenStore.class)).isInstanceOf(InMemoryTokenStore.class);
      assertThat(context).hasSingleBean(OAuthInstallFlow.class);
      OAuthTokenProvider tokens = (OAuthTokenProvider) context.getBean(AccessTokenProvider.class);
      assertThat(tokens.credentials().tokenUrl()).isEqualTo(fake.url("/oauth/token"));
      assertThat(tokens.tokenStore()).isSameAs(context.getBean(TokenStore.class));
    });
  }

  @Test
  void oauthRefreshMarginAndUserTypeAreApplied() {
    oauth().withPropertyValues("hoopai.invoices.oauth.refresh-margin=10m", "hoopai.invoices.oauth.user-type=location")
        .run(context -> assertThat(context.getBean(AccessTokenProvider.class).toString())
            .contains("userType=Location").contains("refreshMargin=PT10M"));
  }

  @Test
  void anAgencyCompanyIdGivesLocationTokensMintedFromTheCompanyToken() {
    oauth().withPropertyValues("hoopai.invoices.agency.company-id=companyX7Ak",
        "hoopai.invoices.oauth.location-token-url=" + fake.url("/oauth/mint")).run(context -> {
          AgencyLocationTokenProvider tokens = (AgencyLocationTokenProvider) context.getBean(AccessTokenProvider.class);
          assertThat(tokens.companyId()).isEqualTo("companyX7Ak");
          assertThat(tokens.agencyTokens().credentials().userType().wireValue()).isEqualTo("Company");
          assertThat(tokens.agencyTokens().credentials().locationTokenUrl()).endsWith("/oauth/mint");
          assertThat(context).hasSingleBean(OAuthInstallFlow.class);
        });
  }

  @Test
  void theFileStoreIsChosenWithItsPath(@TempDir Path directory) {
    oauth().withPropertyValues("hoopai.invoices.token-store.type=file",
        "hoopai.invoices.token-store.path=" + directory.resolve("tokens")).run(context ->
            assertThat(((FileTokenStore) context.getBean(TokenStore.class)).directory())
                .isEqualTo(directory.resolve("tokens")));
  }

  @Test
  void aUsersTokenStoreWins() {
    InMemoryTokenStore mine = new InMemoryTokenStore();
    oauth().withPropertyValues("hoopai.invoices.token-store.type=jdbc").withBean(TokenStore.class, () -> mine)
        .run(context -> {
          assertThat(context.getBean(TokenStore.class)).isSameAs(mine);
          assertThat(((OAuthTokenProvider) context.getBean(AccessTokenProvider.class)).tokenStore()).isSameAs(mine);
        });
  }

  @Test
  void theClientIsClosedWithTheContext() {
    runner.run(context -> assertThat(context.getBeanFactory().getBeanDefinition("hoopAiInvoicesClient")
        .getDestroyMethodName()).isEqualTo("close"));
  }

  private ApplicationContextRunner oauth() {
    return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(HoopAiInvoicesAutoConfiguration.class))
        .withPropertyValues("hoopai.invoices.base-url=" + fake.baseUrl(),
            "hoopai.invoices.oauth.client-id=" + ServerFixture.CLIENT_ID,
            "hoopai.invoices.oauth.client-secret=" + ServerFixture.CLIENT_SECRET,
            "hoopai.invoices.oauth.token-url=" + fake.url("/oauth/token"));
  }

  @Configuration(proxyBeanMethods = false)
  static class UserClient {
    static final InvoicesClient CLIENT = InvoicesClient.builder().accessToken("mine").build();

    @Bean
    InvoicesClient myClient() {
      return CLIENT;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Customizers {
    @Bean
    @Order(2)
    HoopAiInvoicesClientCustomizer second() {
      return builder -> builder.userAgentSuffix("second");
    }

    @Bean
    @Order(1)
    HoopAiInvoicesClientCustomizer first() {
      return builder -> builder.userAgentSuffix("first").apiVersion("2030-01-01");
    }
  }
}
