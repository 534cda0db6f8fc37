package com.hoopai.invoices.client.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.oauth.TestSupport.MutableClock;
import com.hoopai.invoices.model.Invoice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** An agency token mints location tokens, cached per location; location-bound views use them. */
class AgencyLocationTokenProviderTest extends OAuthTestBase {

  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final MutableClock clock = new MutableClock();

  private OAuthTokenProvider agency() {
    return OAuthTokenProvider.builder(credentials(UserType.COMPANY)).tokenStore(store)
        .defaultKey(FakeHoopAi.COMPANY).clock(clock).build();
  }

  @Test
  void locationTokensAreMintedOncePerLocationAndCached() throws InterruptedException {
    StoredTokens company = store.put(fake.installCompany(inOneDay()));
    AgencyLocationTokenProvider tokens = AgencyLocationTokenProvider.of(agency());
    InvoicesClient client = client(tokens);

    client.forLocation("locAcme").invoices().getInvoice(INVOICE);
    client.forLocation("locZeta").invoices().getInvoice(INVOICE);
    client.forLocation("locAcme").invoices().getInvoice(INVOICE);
    getInvoice(client, "locZeta");

    assertThat(fake.mints).hasValue(2);
    assertThat(fake.apiTokens.get(0)).startsWith("lt-locAcme-").isEqualTo(fake.apiTokens.get(2));
    assertThat(fake.apiTokens.get(1)).startsWith("lt-locZeta-").isEqualTo(fake.apiTokens.get(3));
    RecordedRequest mint = fake.mintRequests.get(0);
    assertThat(mint.getMethod()).isEqualTo("POST");
    assertThat(mint.getHeaders().get("Authorization")).isEqualTo("Bearer " + company.accessToken());
    assertThat(mint.getHeaders().get("Version")).isEqualTo("2021-07-28");
    assertThat(mint.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(FakeHoopAi.form(mint)).containsExactly(
        Map.entry("companyId", FakeHoopAi.COMPANY), Map.entry("locationId", "locAcme"));
    assertThat(tokens.companyId()).isEqualTo(FakeHoopAi.COMPANY);
    assertThat(tokens.agencyTokens().statuses()).singleElement().satisfies(status -> {
      assertThat(status.key()).isEqualTo(FakeHoopAi.COMPANY);
      assertThat(status.state()).isEqualTo(TokenStatus.State.VALID);
    });
  }

  @Test
  void manyThreadsOnTwoLocationsMintTwice() throws Exception {
    store.put(fake.installCompany(inOneDay()));
    InvoicesClient client = client(AgencyLocationTokenProvider.of(agency()));
    ExecutorService pool = Executors.newFixedThreadPool(40);
    try {
      List<Future<Invoice>> calls = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        String location = i % 2 == 0 ? "locAcme" : "locZeta";
        calls.add(pool.submit(() -> client.forLocation(location).invoices().getInvoice(INVOICE)));
      }
      for (Future<Invoice> call : calls) {
        assertThat(call.get(60, TimeUnit.SECONDS)).isNotNull();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(fake.mints).hasValue(2);
    assertThat(fake.api401s).hasValue(0);
  }

  @Test
  void aLocationTokenIsMintedAgainWithinTheMarginOfItsExpiry() {
    store.put(fake.installCompany(inOneDay()));
    fake.expiresIn = 3600;
    InvoicesClient client = client(AgencyLocationTokenProvider.builder(agency())
        .refreshMargin(Duration.ofMinutes(10)).build());

    getInvoice(client, "locAcme");
    clock.advance(Duration.ofMinutes(45));
    getInvoice(client, "locAcme");
    clock.advance(Duration.ofMinutes(6));
    getInvoice(client, "locAcme");

    assertThat(fake.mints).hasValue(2);
  }

  @Test
  void a401OnALocationTokenMintsANewOneAndReplaysOnce() {
    store.put(fake.installCompany(inOneDay()));
    InvoicesClient client = client(AgencyLocationTokenProvider.of(agency()));
    getInvoice(client, "locAcme");
    fake.revoke(fake.apiTokens.get(0));

    assertThat(getInvoice(client, "locAcme")).isNotNull();

    assertThat(fake.mints).hasValue(2);
    assertThat(fake.api401s).hasValue(1);
    assertThat(fake.apiTokens).hasSize(3);
    assertThat(fake.apiTokens.get(2)).isNotEqualTo(fake.apiTokens.get(0));
    assertThat(fake.refreshes).hasValue(0);
  }

  @Test
  void anAgencyTokenRefusedByTheMintIsRefreshedOnceAndTheMintRetried() {
    StoredTokens company = store.put(fake.installCompany(inOneDay()));
    fake.revoke(company.accessToken());
    InvoicesClient client = client(AgencyLocationTokenProvider.of(agency()));

    assertThat(getInvoice(client, "locAcme")).isNotNull();

    assertThat(fake.refreshes).hasValue(1);
    assertThat(fake.mints).hasValue(1);
    assertThat(fake.mintRequests).hasSize(2);
    assertThat(fake.mintRequests.get(1).getHeaders().get("Authorization"))
        .isEqualTo("Bearer " + store.load(FakeHoopAi.COMPANY).orElseThrow().accessToken());
  }

  @Test
  void anExpiredAgencyTokenIsRefreshedBeforeMinting() {
    store.put(fake.installCompany(expired()));
    InvoicesClient client = client(AgencyLocationTokenProvider.of(agency()));

    assertThat(getInvoice(client, "locAcme")).isNotNull();

    assertThat(fake.refreshes).hasValue(1);
    assertThat(fake.mintRequests).hasSize(1);
  }

  @Test
  void anInactiveLocationIsLocationInactive() {
    store.put(fake.installCompany(inOneDay()));
    fake.inactiveLocations.add("locPaused");
    InvoicesClient client = client(AgencyLocationTokenProvider.of(agency()));

    LocationInactiveException e = catchThrowableOfType(LocationInactiveException.class,
        () -> getInvoice(client, "locPaused"));

    assertThat(e.key()).isEqualTo("locPaused");
    assertThat(getInvoice(client, "locAcme")).isNotNull();   // other locations are unaffected
  }

  @Test
  void aRequestNamingNoLocationUsesTheAgencyToken() {
    StoredTokens company = store.put(fake.installCompany(inOneDay()));
    AgencyLocationTokenProvider tokens = AgencyLocationTokenProvider.of(agency());

    assertThat(tokens.accessToken(null)).isEqualTo(company.accessToken());
    assertThat(fake.mints).hasValue(0);
  }

  @Test
  void onlyCompanyProvidersCanMint() {
    assertThatThrownBy(() -> AgencyLocationTokenProvider.of(providerBuilder(store).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Company");
  }
}
