package com.hoopai.invoices.client.oauth;

import static com.hoopai.invoices.client.oauth.OAuthFixture.LOCATION;
import static com.hoopai.invoices.client.oauth.OAuthFixture.expired;
import static com.hoopai.invoices.client.oauth.OAuthFixture.inOneDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.oauth.TestSupport.RecordingListener;
import com.hoopai.invoices.model.Invoice;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The OAuth provider through a real client: refresh ahead and after a 401, single flight, company tokens.
 * Failed refreshes are in {@link OAuthTokenProviderFailuresTest}.
 */
class OAuthTokenProviderTest {

  @RegisterExtension
  final OAuthFixture fake = new OAuthFixture();

  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final RecordingListener listener = new RecordingListener();

  @Test
  void twoHundredThreadsWithAnExpiredTokenMakeExactlyOneRefreshAndAllSucceed() throws Exception {
    StoredTokens installed = store.put(fake.install(LOCATION, expired()));
    fake.refreshDelay(Duration.ofMillis(300));   // every thread arrives while the refresh is in flight
    InvoicesClient client = fake.client(fake.providerBuilder(store).build());
    int threads = 200;
    TestSupport.allAtOnce(threads, i -> () -> fake.getInvoice(client, LOCATION));

    StoredTokens saved = store.load(LOCATION).orElseThrow();
    assertThat(fake.refreshes()).isEqualTo(1);
    assertThat(fake.api401s()).isEqualTo(0);
    assertThat(fake.apiTokens()).hasSize(threads).containsOnly(saved.accessToken());
    assertThat(saved.version()).isEqualTo(installed.version() + 1);
    assertThat(fake.isValidRefreshToken(saved.refreshToken())).isTrue();
  }

  @Test
  void theRefreshSendsTheDocumentedFormAndSavesBeforeTheNewAccessTokenIsUsed() {
    StoredTokens installed = store.put(fake.install(LOCATION, expired()));
    TestSupport.FlakyStore spy = new TestSupport.FlakyStore(store);
    List<String> seenAtSave = new ArrayList<>();
    spy.beforeSave = next -> seenAtSave.add(fake.apiTokens().contains(next.accessToken()) ? "used" : "unused");
    InvoicesClient client = fake.client(fake.providerBuilder(spy).build());

    fake.getInvoice(client, LOCATION);

    assertThat(seenAtSave).containsExactly("unused");
    Map<String, String> form = fake.tokenForms().get(0);
    assertThat(form).containsExactly(
        Map.entry("client_id", OAuthFixture.CLIENT_ID),
        Map.entry("client_secret", OAuthFixture.CLIENT_SECRET),
        Map.entry("grant_type", "refresh_token"),
        Map.entry("refresh_token", installed.refreshToken()),
        Map.entry("user_type", "Location"));
    assertThat(fake.apiTokens()).containsExactly(store.load(LOCATION).orElseThrow().accessToken());
  }

  @Test
  void aTokenIsRefreshedWithinTheMarginAndNotBefore() {
    StoredTokens later = store.put(fake.install("locLater", Instant.now().plus(Duration.ofMinutes(10))));
    StoredTokens soon = store.put(fake.install("locSoon", Instant.now().plus(Duration.ofMinutes(4))));
    InvoicesClient client = fake.client(fake.providerBuilder(store).build());

    fake.getInvoice(client, "locLater");
    fake.getInvoice(client, "locSoon");

    assertThat(fake.refreshes()).isEqualTo(1);
    assertThat(fake.apiTokens().get(0)).isEqualTo(later.accessToken());
    assertThat(fake.apiTokens().get(1)).isNotEqualTo(soon.accessToken())
        .isEqualTo(store.load("locSoon").orElseThrow().accessToken());
  }

  @Test
  void theMarginIsConfigurable() {
    store.put(fake.install(LOCATION, Instant.now().plus(Duration.ofMinutes(10))));
    InvoicesClient client = fake.client(fake.providerBuilder(store).refreshMargin(Duration.ofMinutes(15)).build());

    fake.getInvoice(client, LOCATION);

    assertThat(fake.refreshes()).isEqualTo(1);
  }

  @Test
  void a401InTheMiddleOfACallRefreshesAndReplaysOnce() {
    StoredTokens installed = store.put(fake.install(LOCATION, inOneDay()));
    InvoicesClient client = fake.client(fake.providerBuilder(store).build());
    fake.getInvoice(client, LOCATION);
    fake.revoke(installed.accessToken());   // the server stops accepting it before it expires

    Invoice invoice = fake.getInvoice(client, LOCATION);

    assertThat(invoice).isNotNull();
    assertThat(fake.refreshes()).isEqualTo(1);
    assertThat(fake.api401s()).isEqualTo(1);
    String fresh = store.load(LOCATION).orElseThrow().accessToken();
    assertThat(fake.apiTokens()).containsExactly(installed.accessToken(), installed.accessToken(), fresh);
  }

  @Test
  void a401AfterAnotherProcessRefreshedAdoptsItsTokensWithoutSpendingAnything() {
    StoredTokens installed = store.put(fake.install(LOCATION, inOneDay()));
    InvoicesClient client = fake.client(fake.providerBuilder(store).build());
    fake.getInvoice(client, LOCATION);
    // Another process refreshes meanwhile; the server stops accepting the old access token.
    StoredTokens elsewhere = fake.install(LOCATION, inOneDay()).toBuilder().version(installed.version() + 1).build();
    assertThat(store.saveRefreshed(LOCATION, installed.version(), "other-process", elsewhere)).isTrue();
    fake.spend(installed.refreshToken());
    fake.revoke(installed.accessToken());

    assertThat(fake.getInvoice(client, LOCATION)).isNotNull();

    assertThat(fake.refreshes()).isEqualTo(0);
    assertThat(fake.apiTokens()).containsExactly(installed.accessToken(), installed.accessToken(),
        elsewhere.accessToken());
  }

  @Test
  void a401ForATokenAlreadyReplacedAnswersTrueWithoutRefreshing() {
    StoredTokens installed = store.put(fake.install(LOCATION, inOneDay()));
    OAuthTokenProvider tokens = fake.providerBuilder(store).build();
    assertThat(tokens.accessToken(LOCATION)).isEqualTo(installed.accessToken());

    assertThat(tokens.refreshAfterUnauthorized(LOCATION, "at-an-older-token-beef")).isTrue();

    assertThat(fake.refreshes()).isEqualTo(0);
  }

  @Test
  void manyConcurrent401sForOneTokenMakeOneRefresh() throws Exception {
    StoredTokens installed = store.put(fake.install(LOCATION, inOneDay()));
    fake.refreshDelay(Duration.ofMillis(200));
    InvoicesClient client = fake.client(fake.providerBuilder(store).build());
    fake.getInvoice(client, LOCATION);
    fake.revoke(installed.accessToken());
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      List<Future<Invoice>> calls = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        calls.add(pool.submit(() -> fake.getInvoice(client, LOCATION)));
      }
      for (Future<Invoice> call : calls) {
        assertThat(call.get(60, TimeUnit.SECONDS)).isNotNull();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(fake.refreshes()).isEqualTo(1);
  }

  @Test
  void aStoreHoldingOnlyARefreshTokenIsRefreshedAtFirstUse() {
    StoredTokens installed = fake.install(LOCATION, expired());
    store.put(StoredTokens.builder().key(LOCATION).userType(UserType.LOCATION)
        .refreshToken(installed.refreshToken()).build());
    InvoicesClient client = fake.client(fake.providerBuilder(store).build());

    assertThat(fake.getInvoice(client, LOCATION)).isNotNull();

    StoredTokens saved = store.load(LOCATION).orElseThrow();
    assertThat(fake.refreshes()).isEqualTo(1);
    assertThat(saved.accessToken()).isNotNull();
    assertThat(saved.locationId()).isEqualTo(LOCATION);
    assertThat(saved.companyId()).isEqualTo(OAuthFixture.COMPANY);
    assertThat(saved.expiresAt()).isBetween(Instant.now().plusSeconds(86300), Instant.now().plusSeconds(86400));
  }

  @Test
  void aLocationBoundViewUsesItsLocationsToken() {
    StoredTokens acme = store.put(fake.install("locAcme", inOneDay()));
    StoredTokens zeta = store.put(fake.install("locZeta", inOneDay()));
    InvoicesClient client = fake.client(fake.providerBuilder(store).build());

    fake.getInvoice(client, "locAcme");
    fake.getInvoice(client, "locZeta");

    assertThat(fake.apiTokens()).containsExactly(acme.accessToken(), zeta.accessToken());
  }

  @Test
  void companyCredentialsServeTheCompanyTokenForEveryRequest() {
    StoredTokens company = store.put(fake.installCompany(expired()));
    OAuthTokenProvider agency = OAuthTokenProvider.builder(fake.credentials(UserType.COMPANY)).tokenStore(store)
        .defaultKey(OAuthFixture.COMPANY).build();
    InvoicesClient client = fake.client(agency);

    fake.getInvoice(client, "locAny1");
    fake.getInvoice(client, "locAny2");

    assertThat(fake.refreshes()).isEqualTo(1);
    assertThat(fake.tokenForms().get(0)).containsEntry("user_type", "Company")
        .containsEntry("refresh_token", company.refreshToken());
    assertThat(fake.apiTokens()).hasSize(2).containsOnly(store.load(OAuthFixture.COMPANY).orElseThrow().accessToken());
  }

  @Test
  void companyCredentialsNeedTheCompanyId() {
    assertThatThrownBy(() -> OAuthTokenProvider.builder(fake.credentials(UserType.COMPANY)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("defaultKey");
  }

  @Test
  void aLeaseShorterThanARefreshCallIsRefused() {
    assertThatThrownBy(() -> fake.providerBuilder(store).leaseDuration(Duration.ofSeconds(5)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("leaseDuration");
  }
}
