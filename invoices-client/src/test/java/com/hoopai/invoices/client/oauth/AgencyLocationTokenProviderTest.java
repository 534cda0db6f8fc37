package com.hoopai.invoices.client.oauth;

import static com.hoopai.invoices.client.oauth.OAuthFixture.expired;
import static com.hoopai.invoices.client.oauth.OAuthFixture.inOneDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.oauth.TestSupport.MutableClock;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.sandbox.server.SandboxRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An agency token mints location tokens, cached per location; location-bound views use them. */
class AgencyLocationTokenProviderTest {

  @RegisterExtension
  final OAuthFixture fake = new OAuthFixture();

  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final MutableClock clock = new MutableClock();

  private OAuthTokenProvider agency() {
    return OAuthTokenProvider.builder(fake.credentials(UserType.COMPANY)).tokenStore(store)
        .defaultKey(OAuthFixture.COMPANY).clock(clock).build();
  }

  @Test
  void locationTokensAreMintedOncePerLocationAndCached() throws InterruptedException {
    StoredTokens company = store.put(fake.installCompany(inOneDay()));
    AgencyLocationTokenProvider tokens = AgencyLocationTokenProvider.of(agency());
    InvoicesClient client = fake.client(tokens);

    fake.getInvoice(client, "locAcme");
    fake.getInvoice(client, "locZeta");
    fake.getInvoice(client, "locAcme");
    fake.getInvoice(client, "locZeta");

    assertThat(fake.mints()).isEqualTo(2);
    assertThat(fake.apiTokens().get(0)).isEqualTo(fake.apiTokens().get(2));
    assertThat(fake.server().oauth().locationOf(fake.apiTokens().get(0))).contains("locAcme");
    assertThat(fake.apiTokens().get(1)).isEqualTo(fake.apiTokens().get(3));
    assertThat(fake.server().oauth().locationOf(fake.apiTokens().get(1))).contains("locZeta");
    SandboxRequest mint = fake.mintRequests().get(0);
    assertThat(mint.method()).isEqualTo("POST");
    assertThat(mint.header("Authorization")).isEqualTo("Bearer " + company.accessToken());
    assertThat(mint.header("Version")).isEqualTo("2021-07-28");
    assertThat(mint.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(mint.form()).containsExactly(
        Map.entry("companyId", OAuthFixture.COMPANY), Map.entry("locationId", "locAcme"));
    assertThat(tokens.companyId()).isEqualTo(OAuthFixture.COMPANY);
    assertThat(tokens.agencyTokens().statuses()).singleElement().satisfies(status -> {
      assertThat(status.key()).isEqualTo(OAuthFixture.COMPANY);
      assertThat(status.state()).isEqualTo(TokenStatus.State.VALID);
    });
  }

  @Test
  void manyThreadsOnTwoLocationsMintTwice() throws Exception {
    store.put(fake.installCompany(inOneDay()));
    InvoicesClient client = fake.client(AgencyLocationTokenProvider.of(agency()));
    ExecutorService pool = Executors.newFixedThreadPool(40);
    try {
      List<Future<Invoice>> calls = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        String location = i % 2 == 0 ? "locAcme" : "locZeta";
        calls.add(pool.submit(() -> fake.getInvoice(client, location)));
      }
      for (Future<Invoice> call : calls) {
        assertThat(call.get(60, TimeUnit.SECONDS)).isNotNull();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(fake.mints()).isEqualTo(2);
    assertThat(fake.api401s()).isEqualTo(0);
  }

  @Test
  void aLocationTokenIsMintedAgainWithinTheMarginOfItsExpiry() {
    store.put(fake.installCompany(inOneDay()));
    fake.server().oauth().accessTokenLifetime(Duration.ofSeconds(3600));
    InvoicesClient client = fake.client(AgencyLocationTokenProvider.builder(agency())
        .refreshMargin(Duration.ofMinutes(10)).build());

    fake.getInvoice(client, "locAcme");
    clock.advance(Duration.ofMinutes(45));
    fake.getInvoice(client, "locAcme");
    clock.advance(Duration.ofMinutes(6));
    fake.getInvoice(client, "locAcme");

    assertThat(fake.mints()).isEqualTo(2);
  }

  @Test
  void a401OnALocationTokenMintsANewOneAndReplaysOnce() {
    store.put(fake.installCompany(inOneDay()));
    InvoicesClient client = fake.client(AgencyLocationTokenProvider.of(agency()));
    fake.getInvoice(client, "locAcme");
    fake.revoke(fake.apiTokens().get(0));

    assertThat(fake.getInvoice(client, "locAcme")).isNotNull();

    assertThat(fake.mints()).isEqualTo(2);
    assertThat(fake.api401s()).isEqualTo(1);
    assertThat(fake.apiTokens()).hasSize(3);
    assertThat(fake.apiTokens().get(2)).isNotEqualTo(fake.apiTokens().get(0));
    assertThat(fake.refreshes()).isEqualTo(0);
  }

  @Test
  void anAgencyTokenRefusedByTheMintIsRefreshedOnceAndTheMintRetried() {
    StoredTokens company = store.put(fake.installCompany(inOneDay()));
    fake.revoke(company.accessToken());
    InvoicesClient client = fake.client(AgencyLocationTokenProvider.of(agency()));

    assertThat(fake.getInvoice(client, "locAcme")).isNotNull();

    assertThat(fake.refreshes()).isEqualTo(1);
    assertThat(fake.mints()).isEqualTo(1);
    assertThat(fake.mintRequests()).hasSize(2);
    assertThat(fake.mintRequests().get(1).header("Authorization"))
        .isEqualTo("Bearer " + store.load(OAuthFixture.COMPANY).orElseThrow().accessToken());
  }

  @Test
  void anExpiredAgencyTokenIsRefreshedBeforeMinting() {
    store.put(fake.installCompany(expired()));
    InvoicesClient client = fake.client(AgencyLocationTokenProvider.of(agency()));

    assertThat(fake.getInvoice(client, "locAcme")).isNotNull();

    assertThat(fake.refreshes()).isEqualTo(1);
    assertThat(fake.mintRequests()).hasSize(1);
  }

  @Test
  void anInactiveLocationIsLocationInactive() {
    store.put(fake.installCompany(inOneDay()));
    fake.inactive("locPaused", true);
    InvoicesClient client = fake.client(AgencyLocationTokenProvider.of(agency()));

    LocationInactiveException e = catchThrowableOfType(LocationInactiveException.class,
        () -> fake.getInvoice(client, "locPaused"));

    assertThat(e.key()).isEqualTo("locPaused");
    assertThat(fake.getInvoice(client, "locAcme")).isNotNull();   // other locations are unaffected
  }

  @Test
  void aRequestNamingNoLocationUsesTheAgencyToken() {
    StoredTokens company = store.put(fake.installCompany(inOneDay()));
    AgencyLocationTokenProvider tokens = AgencyLocationTokenProvider.of(agency());

    assertThat(tokens.accessToken(null)).isEqualTo(company.accessToken());
    assertThat(fake.mints()).isEqualTo(0);
  }

  @Test
  void onlyCompanyProvidersCanMint() {
    assertThatThrownBy(() -> AgencyLocationTokenProvider.of(fake.providerBuilder(store).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Company");
  }
}
