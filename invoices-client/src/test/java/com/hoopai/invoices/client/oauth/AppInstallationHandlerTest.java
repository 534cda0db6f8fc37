package com.hoopai.invoices.client.oauth;

import static com.hoopai.invoices.client.oauth.OAuthFixture.assertNoSecretIn;
import static com.hoopai.invoices.client.oauth.OAuthFixture.inOneDay;
import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.webhooks.AppInstallationHandler;
import com.hoopai.invoices.client.webhooks.WebhookDispatcher;
import com.hoopai.invoices.client.webhooks.WebhookReceiver;
import com.hoopai.invoices.client.webhooks.WebhookTestSigner;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** INSTALL and UNINSTALL webhooks, posted over HTTP, keep an agency's location tokens right. */
class AppInstallationHandlerTest {

  @RegisterExtension
  final OAuthFixture fake = new OAuthFixture();

  /** The app id of {@link OAuthFixture#CLIENT_ID}: the part before the first dash. */
  private static final String APP = "client";

  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final WebhookTestSigner signer = WebhookTestSigner.create();
  private final List<Throwable> handlerFailures = new CopyOnWriteArrayList<>();
  private AgencyLocationTokenProvider tokens;
  private WebhookReceiver receiver;

  @BeforeEach
  void startReceiver() throws IOException {
    store.put(fake.installCompany(inOneDay()));
    fake.server().oauth().locationRefreshTokens(true);
    tokens = AgencyLocationTokenProvider.of(OAuthTokenProvider.builder(fake.credentials(UserType.COMPANY))
        .tokenStore(store).defaultKey(OAuthFixture.COMPANY).build());
    AppInstallationHandler installations = AppInstallationHandler.builder(tokens).concurrency(2).build();
    receiver = WebhookReceiver.start(signer.verifierBuilder().build(), WebhookDispatcher.builder().onAny(event -> {
      try {
        installations.handle(event);
      } catch (RuntimeException e) {
        handlerFailures.add(e);
        throw e;
      }
    }));
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  private int post(String json) throws IOException {
    byte[] body = signer.withReplayFields(json);
    return receiver.post(body, signer.headers(body)).status();
  }

  @Test
  void aBulkInstallMintsAndStoresEveryLocationAtMostTwoAtATime() throws IOException {
    fake.mintDelay(Duration.ofMillis(150));

    assertThat(post("{\"type\":\"INSTALL\",\"appId\":\"" + APP + "\",\"companyId\":\"" + OAuthFixture.COMPANY + "\","
        + "\"locationIds\":[\"l1\",\"l2\",\"l3\",\"l4\",\"l5\"]}")).isEqualTo(200);

    assertThat(fake.mints()).isEqualTo(5);
    assertThat(fake.maxMintsInFlight()).isEqualTo(2);
    for (String location : List.of("l1", "l2", "l3", "l4", "l5")) {
      assertThat(store.load(location)).get().satisfies(stored -> {
        assertThat(stored.userType()).isEqualTo(UserType.LOCATION);
        assertThat(stored.companyId()).isEqualTo(OAuthFixture.COMPANY);
        assertThat(stored.locationId()).isEqualTo(location);
        assertThat(fake.isValidRefreshToken(stored.refreshToken())).isTrue();
      });
    }
    assertThat(handlerFailures).isEmpty();
  }

  @Test
  void aSingleLocationInstallMintsThatLocationOnly() throws IOException {
    post("{\"type\":\"INSTALL\",\"appId\":\"" + APP + "\",\"companyId\":\"" + OAuthFixture.COMPANY + "\",\"locationId\":\"l9\"}");

    assertThat(fake.mints()).isEqualTo(1);
    assertThat(store.load("l9")).isPresent();
  }

  @Test
  void eventsOfAnotherAppOrCompanyAreIgnored() throws IOException {
    store.put(fake.install("l1", inOneDay()));

    post("{\"type\":\"INSTALL\",\"appId\":\"otherApp\",\"companyId\":\"" + OAuthFixture.COMPANY + "\",\"locationIds\":[\"l2\"]}");
    post("{\"type\":\"INSTALL\",\"appId\":\"" + APP + "\",\"companyId\":\"otherCompany\",\"locationIds\":[\"l2\"]}");
    post("{\"type\":\"UNINSTALL\",\"appId\":\"otherApp\",\"locationId\":\"l1\"}");

    assertThat(fake.mints()).isEqualTo(0);
    assertThat(store.load("l2")).isEmpty();
    assertThat(store.load("l1")).isPresent();
  }

  @Test
  void uninstallDeletesTheTokensOfTheLocationOrOfTheCompany() throws IOException {
    post("{\"type\":\"INSTALL\",\"appId\":\"" + APP + "\",\"companyId\":\"" + OAuthFixture.COMPANY + "\",\"locationIds\":[\"l1\",\"l2\"]}");

    post("{\"type\":\"UNINSTALL\",\"appId\":\"" + APP + "\",\"locationId\":\"l1\"}");
    assertThat(store.load("l1")).isEmpty();
    assertThat(store.load("l2")).isPresent();

    post("{\"type\":\"UNINSTALL\",\"appId\":\"" + APP + "\",\"companyId\":\"" + OAuthFixture.COMPANY + "\"}");
    assertThat(store.load(OAuthFixture.COMPANY)).isEmpty();
  }

  @Test
  void anUninstalledLocationGetsANewTokenMintedNextTime() throws IOException {
    post("{\"type\":\"INSTALL\",\"appId\":\"" + APP + "\",\"companyId\":\"" + OAuthFixture.COMPANY + "\",\"locationId\":\"l1\"}");
    post("{\"type\":\"UNINSTALL\",\"appId\":\"" + APP + "\",\"locationId\":\"l1\"}");

    tokens.accessToken("l1");

    assertThat(fake.mints()).as("the cached token was dropped").isEqualTo(2);
  }

  @Test
  void aLocationThatFailsDoesNotStopTheOthersAndIsNamed() throws IOException {
    fake.inactive("l2", true);

    assertThat(post("{\"type\":\"INSTALL\",\"appId\":\"" + APP + "\",\"companyId\":\"" + OAuthFixture.COMPANY + "\","
        + "\"locationIds\":[\"l1\",\"l2\",\"l3\"]}")).isEqualTo(200);

    assertThat(store.load("l1")).isPresent();
    assertThat(store.load("l3")).isPresent();
    assertThat(store.load("l2")).isEmpty();
    assertThat(handlerFailures).singleElement().satisfies(failure -> {
      assertThat(failure).hasMessageContaining("1 of 3 locations").hasMessageContaining("[l2]");
      assertThat(failure.getCause()).isInstanceOf(LocationInactiveException.class);
      assertNoSecretIn(failure);
    });
  }

  @Test
  void theAppIdIsThePartOfTheClientIdBeforeTheFirstDash() {
    assertThat(AppInstallationHandler.appIdOf("64f1a2b3c4d5-lmn0pq")).isEqualTo("64f1a2b3c4d5");
    assertThat(AppInstallationHandler.appIdOf("plain")).isEqualTo("plain");
  }
}
