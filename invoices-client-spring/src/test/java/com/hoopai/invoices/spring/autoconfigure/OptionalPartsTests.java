package com.hoopai.invoices.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.errors.ServerErrorException;
import com.hoopai.invoices.client.oauth.JdbcTokenStore;
import com.hoopai.invoices.client.oauth.TokenStore;
import com.hoopai.invoices.sandbox.server.Fault;
import com.hoopai.invoices.sandbox.server.SandboxServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The parts that switch on with a library or a bean: JDBC store, Resilience4j registries, health, masking;
 * each absent with {@link FilteredClassLoader}. Metrics are in {@link CallMetricsTests}.
 */
class OptionalPartsTests {

  @RegisterExtension
  final ServerFixture hoopAi = new ServerFixture();

  private final SandboxServer fake = hoopAi.server();

  private final ApplicationContextRunner runner = hoopAi.runner();

  @Test
  void theAutoConfigurationAndFailureAnalyzerAreRegistered() throws java.io.IOException {
    assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
        .contains(HoopAiInvoicesAutoConfiguration.class.getName());
    List<String> analyzers = new java.util.ArrayList<>();
    for (java.net.URL url : java.util.Collections.list(getClass().getClassLoader()
        .getResources("META-INF/spring.factories"))) {
      java.util.Properties factories = org.springframework.core.io.support.PropertiesLoaderUtils
          .loadProperties(new org.springframework.core.io.UrlResource(url));
      analyzers.addAll(org.springframework.util.StringUtils.commaDelimitedListToSet(
          factories.getProperty(FailureAnalyzer.class.getName(), "")));
    }
    assertThat(analyzers).contains(HoopAiInvoicesFailureAnalyzer.class.getName());
  }

  // --- JDBC token store

  @Test
  void theJdbcStoreIsChosenOnTheApplicationsDataSourceAndCreatesItsTable() {
    oauth().withPropertyValues("hoopai.invoices.token-store.type=jdbc", "hoopai.invoices.token-store.create-table=true",
        "hoopai.invoices.token-store.table-name=app_hoopai_tokens")
        .withBean(DataSource.class, () -> h2("chosen")).run(context -> {
          JdbcTokenStore store = (JdbcTokenStore) context.getBean(TokenStore.class);
          assertThat(store.tableName()).isEqualTo("app_hoopai_tokens");
          assertThat(tables(context.getBean(DataSource.class))).contains("APP_HOOPAI_TOKENS");
        });
  }

  @Test
  void theJdbcStoreLeavesTheTableAloneUnlessAsked() {
    oauth().withPropertyValues("hoopai.invoices.token-store.type=jdbc")
        .withBean(DataSource.class, () -> h2("untouched")).run(context -> {
          assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
          assertThat(tables(context.getBean(DataSource.class))).doesNotContain("HOOPAI_OAUTH_TOKENS");
        });
  }

  @Test
  void theJdbcStoreUsesBootsAutoConfiguredDataSource() {
    oauth().withConfiguration(BootClasses.dataSource())
        .withPropertyValues("hoopai.invoices.token-store.type=jdbc", "hoopai.invoices.token-store.create-table=true",
            "spring.datasource.url=jdbc:h2:mem:boot-ds;DB_CLOSE_DELAY=-1")
        .run(context -> {
          assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
          assertThat(tables(context.getBean(DataSource.class))).contains("HOOPAI_OAUTH_TOKENS");
        });
  }

  // --- Resilience4j

  @Test
  void theRetryInstanceOfTheApplicationsRegistryIsUsed() {
    RetryRegistry registry = RetryRegistry.ofDefaults();
    Retry instance = registry.retry("hoopai-invoices",
        RetryConfig.custom().maxAttempts(5).waitDuration(Duration.ofMillis(1)).build());
    for (int i = 0; i < 5; i++) {
      fake.faults().failNext("getInvoice", Fault.status(503, "{\"statusCode\":503,\"message\":\"down\"}"));
    }
    runner.withBean(RetryRegistry.class, () -> registry).run(context -> {
      catchThrowableOfType(ServerErrorException.class, () -> context.getBean(InvoicesApi.class)
          .getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION));
      assertThat(fake.requests().api()).hasSize(5);
      assertThat(instance.getMetrics().getNumberOfFailedCallsWithRetryAttempt()).isEqualTo(1);
    });
  }

  @Test
  void aRegistryWithoutTheInstanceLeavesOurRetryProperties() {
    fake.faults().failNext("getInvoice", Fault.status(503, "{\"statusCode\":503,\"message\":\"down\"}"));
    fake.faults().failNext("getInvoice", Fault.status(503, "{\"statusCode\":503,\"message\":\"down\"}"));
    RetryRegistry registry = RetryRegistry.of(RetryConfig.custom().maxAttempts(9).build());
    runner.withPropertyValues("hoopai.invoices.retry.max-attempts=2").withBean(RetryRegistry.class, () -> registry)
        .run(context -> {
          catchThrowableOfType(ServerErrorException.class, () -> context.getBean(InvoicesApi.class)
              .getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION));
          assertThat(fake.requests().api()).hasSize(2);
          assertThat(registry.getAllRetries()).isEmpty();
        });
  }

  @Test
  void theRegistrysRetryNeverRepeatsACreateTheServerMayHaveProcessed() {
    RetryRegistry registry = RetryRegistry.ofDefaults();
    registry.retry("hoopai-invoices", RetryConfig.custom().maxAttempts(5).waitDuration(Duration.ofMillis(1))
        .retryOnException(e -> true).build());
    fake.faults().failNext("sendInvoice", Fault.status(500, "{\"statusCode\":500,\"message\":\"boom\"}"));
    runner.withBean(RetryRegistry.class, () -> registry).run(context -> {
      ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> context
          .getBean(InvoicesApi.class).sendInvoice(ServerFixture.INVOICE_ID, new com.hoopai.invoices.model.SendInvoiceRequest()
              .altId(ServerFixture.LOCATION).userId("u1").action(com.hoopai.invoices.model.SendAction.EMAIL)
              .liveMode(true)));
      assertThat(e).isNotNull();
      assertThat(fake.requests().api()).hasSize(1);
    });
  }

  @Test
  void theCircuitBreakerInstanceOfTheApplicationsRegistryIsUsedAsIs() {
    CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
    CircuitBreaker instance = registry.circuitBreaker("hoopai-invoices", CircuitBreakerConfig.ofDefaults());
    runner.withBean(CircuitBreakerRegistry.class, () -> registry).run(context ->
        assertThat(context.getBean(InvoicesClient.class).circuitBreaker()).containsSame(instance));
  }

  @Test
  void anEnabledBreakerIsRegisteredInTheApplicationsRegistry() {
    CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
    runner.withPropertyValues("hoopai.invoices.circuit-breaker.enabled=true",
        "hoopai.invoices.circuit-breaker.sliding-window-size=7").withBean(CircuitBreakerRegistry.class, () -> registry)
        .run(context -> {
          CircuitBreaker used = context.getBean(InvoicesClient.class).circuitBreaker().orElseThrow();
          assertThat(registry.find("hoopai-invoices")).containsSame(used);
          assertThat(used.getCircuitBreakerConfig().getSlidingWindowSize()).isEqualTo(7);
        });
  }

  @Test
  void registriesAreIgnoredWhenSwitchedOff() {
    CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
    registry.circuitBreaker("hoopai-invoices");
    runner.withPropertyValues("hoopai.invoices.use-resilience4j-registries=false")
        .withBean(CircuitBreakerRegistry.class, () -> registry)
        .run(context -> assertThat(context.getBean(InvoicesClient.class).circuitBreaker()).isEmpty());
  }

  @Test
  void withoutResilience4jRegistryClassesThePropertiesAloneApply() {
    CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
    registry.circuitBreaker("hoopai-invoices");
    runner.withClassLoader(new FilteredClassLoader(RetryRegistry.class, CircuitBreakerRegistry.class))
        .withBean(CircuitBreakerRegistry.class, () -> registry)
        .run(context -> {
          assertThat(context).hasSingleBean(InvoicesClient.class);
          assertThat(context.getBean(InvoicesClient.class).circuitBreaker()).isEmpty();
        });
  }

  // --- Micrometer

  @Test
  void secretsAreMaskedByTheSanitizingFunction() {
    runner.run(context -> {
      SanitizingFunction function = context.getBean(SanitizingFunction.class);
      for (String key : List.of("hoopai.invoices.access-token", "hoopai.invoices.oauth.client-secret",
          "HOOPAI_INVOICES_OAUTH_CLIENTSECRET", "hoopai.invoices.oauth.clientSecret", "accessToken", "clientSecret")) {
        assertThat(function.apply(new org.springframework.boot.actuate.endpoint.SanitizableData(null, key, "s3cr3t"))
            .getValue()).as(key).isEqualTo(org.springframework.boot.actuate.endpoint.SanitizableData.SANITIZED_VALUE);
      }
      assertThat(function.apply(new org.springframework.boot.actuate.endpoint.SanitizableData(null,
          "hoopai.invoices.oauth.client-id", "id")).getValue()).isEqualTo("id");
    });
  }

  @Test
  void secretsAreMaskedInConfigprops() {
    String shown = "management.endpoint.configprops.show-values=always";
    String exposed = "management.endpoints.web.exposure.include=configprops";
    runner.withConfiguration(configprops()).withPropertyValues(shown, exposed).run(context ->
        assertThat(configprops(context)).contains("baseUrl=" + fake.baseUrl()).contains("accessToken=******")
            .doesNotContain(ServerFixture.TOKEN));
    oauth().withConfiguration(configprops()).withPropertyValues(shown, exposed).run(context ->
        assertThat(configprops(context)).contains("clientId=" + ServerFixture.CLIENT_ID).contains("clientSecret=******")
            .doesNotContain(ServerFixture.CLIENT_SECRET));
  }

  private static AutoConfigurations configprops() {
    return AutoConfigurations.of(org.springframework.boot.actuate.autoconfigure.context.properties
        .ConfigurationPropertiesReportEndpointAutoConfiguration.class);
  }

  private static String configprops(org.springframework.context.ApplicationContext context) {
    var endpoint = context.getBean(
        org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.class);
    return endpoint.configurationProperties().getContexts().values().stream()
        .flatMap(c -> c.getBeans().values().stream()).filter(b -> "hoopai.invoices".equals(b.getPrefix()))
        .map(b -> b.getProperties().toString()).findFirst().orElseThrow();
  }

  @Test
  void noSanitizingFunctionWithoutTheActuator() {
    runner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
        .run(context -> assertThat(context).doesNotHaveBean(SanitizingFunction.class));
  }

  @Test
  void theHealthIndicatorIsRegisteredUnderItsName() {
    runner.run(context -> assertThat(context.getBean(HoopAiInvoicesHealth.BEAN_NAME))
        .isInstanceOf(Class.forName(BootClasses.healthIndicator())));
  }

  @Test
  void theHealthIndicatorCanBeSwitchedOff() {
    runner.withPropertyValues("management.health.hoopai-invoices.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(HoopAiInvoicesHealth.BEAN_NAME));
    runner.withPropertyValues("management.health.defaults.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(HoopAiInvoicesHealth.BEAN_NAME));
  }

  @Test
  void noHealthIndicatorWithoutTheHealthApi() {
    runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.health.",
        "org.springframework.boot.actuate.health."))
        .run(context -> assertThat(context).hasSingleBean(InvoicesClient.class)
            .doesNotHaveBean(HoopAiInvoicesHealth.BEAN_NAME));
  }

  @Test
  void aUsersHealthIndicatorOfTheSameNameWins() {
    runner.withBean(HoopAiInvoicesHealth.BEAN_NAME, String.class, () -> "mine")
        .run(context -> assertThat(context.getBean(HoopAiInvoicesHealth.BEAN_NAME)).isEqualTo("mine"));
  }

  private ApplicationContextRunner oauth() {
    return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(HoopAiInvoicesAutoConfiguration.class))
        .withPropertyValues("hoopai.invoices.base-url=" + fake.baseUrl(),
            "hoopai.invoices.oauth.client-id=" + ServerFixture.CLIENT_ID,
            "hoopai.invoices.oauth.client-secret=" + ServerFixture.CLIENT_SECRET,
            "hoopai.invoices.oauth.token-url=" + fake.url("/oauth/token"));
  }

  private static DataSource h2(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }

  private static List<String> tables(DataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection();
        ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      List<String> names = new java.util.ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString("TABLE_NAME"));
      }
      return names;
    }
  }
}
