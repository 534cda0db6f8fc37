package com.hoopai.invoices.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.client.oauth.JdbcTokenStore;
import com.hoopai.invoices.client.oauth.StoredTokens;
import com.hoopai.invoices.client.oauth.TokenStore;
import com.hoopai.invoices.client.oauth.UserType;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.sandbox.server.Fault;
import com.hoopai.invoices.sandbox.server.IssuedTokens;
import com.hoopai.invoices.sandbox.server.SandboxServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An application as a user writes it: one dependency, a few properties, {@code @Autowired InvoicesApi}. Real
 * HTTP to a loopback server playing the token endpoint and the API; the tokens are in a JDBC store on the
 * DataSource Boot configures.
 */
@SpringBootTest(classes = InvoicesApplicationTests.Application.class, properties = {
    "hoopai.invoices.oauth.client-id=" + ServerFixture.CLIENT_ID,
    "hoopai.invoices.oauth.client-secret=" + ServerFixture.CLIENT_SECRET,
    "hoopai.invoices.token-store.type=jdbc",
    "hoopai.invoices.token-store.create-table=true",
    "hoopai.invoices.retry.initial-backoff=10ms",
    "spring.datasource.url=jdbc:h2:mem:invoices-app;DB_CLOSE_DELAY=-1"})
class InvoicesApplicationTests {

  private static final SandboxServer FAKE = ServerFixture.start();

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class Application {
  }

  @DynamicPropertySource
  static void server(DynamicPropertyRegistry properties) {
    properties.add("hoopai.invoices.base-url", FAKE::baseUrl);
    properties.add("hoopai.invoices.oauth.token-url", () -> FAKE.url("/oauth/token"));
  }

  @AfterAll
  static void stopServer() {
    FAKE.close();
  }

  @Autowired
  private InvoicesApi invoices;

  @Autowired
  private TokenStore store;

  @Autowired
  private MeterRegistry meters;

  @Test
  void anAutowiredApiRefreshesTheTokenRetriesAGetAndRecordsIt() {
    // An installation whose access token is not known yet: the first call refreshes it.
    IssuedTokens installed = FAKE.oauth().install(ServerFixture.LOCATION);
    store.put(StoredTokens.builder().key(ServerFixture.LOCATION).userType(UserType.LOCATION)
        .refreshToken(installed.refreshToken()).build());
    FAKE.faults().failNext("getInvoice", Fault.status(503, "{\"statusCode\":503,\"message\":\"Service Unavailable\"}"));

    Invoice invoice = invoices.getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION);

    assertThat(invoice.getId()).isEqualTo(ServerFixture.INVOICE_ID);
    StoredTokens saved = store.load(ServerFixture.LOCATION).orElseThrow();
    assertThat(FAKE.oauth().refreshes()).isEqualTo(1);
    assertThat(ServerFixture.apiTokens(FAKE)).containsExactly(saved.accessToken(), saved.accessToken())
        .doesNotContain(installed.accessToken());
    assertThat(store).isInstanceOf(JdbcTokenStore.class);
    assertThat(saved.refreshToken()).isNotEqualTo(installed.refreshToken());
    assertThat(FAKE.oauth().isRefreshTokenValid(saved.refreshToken())).isTrue();

    assertThat(meters.get(HoopAiInvoicesMetrics.REQUESTS)
        .tags("operation", "getInvoice", "status", "200", "outcome", "SUCCESS").timer().count()).isEqualTo(1);
    assertThat(meters.get(HoopAiInvoicesMetrics.RETRIES).tag("operation", "getInvoice").counter().count())
        .isEqualTo(1);
    assertThat(meters.get(HoopAiInvoicesMetrics.TOKEN_REFRESHES).counter().count()).isEqualTo(1);
    // The headers of the last answer: of these calls, only the one the server served itself (not a fault)
    // counted against the location's limits.
    assertThat(meters.get(HoopAiInvoicesMetrics.RATE_LIMIT_REMAINING).gauge().value())
        .isEqualTo(SandboxServer.DEFAULT_RATE_LIMIT_MAX - 1);
  }
}
