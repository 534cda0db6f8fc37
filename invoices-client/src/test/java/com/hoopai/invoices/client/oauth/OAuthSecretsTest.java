package com.hoopai.invoices.client.oauth;

import static com.hoopai.invoices.client.oauth.OAuthFixture.LOCATION;
import static com.hoopai.invoices.client.oauth.OAuthFixture.assertNoSecretIn;
import static com.hoopai.invoices.client.oauth.OAuthFixture.expired;
import static com.hoopai.invoices.client.oauth.OAuthFixture.inOneDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.RequestLogging;
import com.hoopai.invoices.client.oauth.internal.TokenResponse;
import com.hoopai.invoices.sandbox.server.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** No client secret, token or code in any toString, exception message or log line, at any log level. */
class OAuthSecretsTest {

  @RegisterExtension
  final OAuthFixture fake = new OAuthFixture();

  @TempDir
  Path temp;

  @Test
  void noToStringShowsASecret() {
    InMemoryTokenStore store = new InMemoryTokenStore();
    StoredTokens installed = store.put(fake.install(LOCATION, inOneDay()));
    OAuthTokenProvider tokens = fake.providerBuilder(store).build();
    tokens.accessToken(LOCATION);
    OAuthTokenProvider agency = OAuthTokenProvider.builder(fake.credentials(UserType.COMPANY)).tokenStore(store)
        .defaultKey(OAuthFixture.COMPANY).build();

    List<String> texts = new ArrayList<>(List.of(
        fake.credentials(UserType.LOCATION).toString(),
        OAuthCredentials.builder().clientSecret(OAuthFixture.CLIENT_SECRET).toString(),
        installed.toString(),
        installed.toBuilder().toString(),
        tokens.toString(),
        tokens.status(LOCATION).toString(),
        store.toString(),
        new FileTokenStore(temp).toString(),
        AgencyLocationTokenProvider.of(agency).toString(),
        OAuthInstallFlow.of(tokens).toString(),
        new TokenResponse(installed.accessToken(), installed.refreshToken(), 60L, null, null, null, null).toString(),
        InvoicesClient.builder().accessTokenProvider(tokens).toString()));

    assertNoSecretIn(texts);
    assertThat(fake.credentials(UserType.LOCATION).toString()).contains("clientSecret=<redacted>")
        .contains(OAuthFixture.CLIENT_ID);
    assertThat(installed.toString()).contains("refreshToken=<redacted>").contains(LOCATION);
  }

  @Test
  void aServerMessageEchoingTheRefreshTokenOrSecretIsScrubbed() {
    InMemoryTokenStore store = new InMemoryTokenStore();
    store.put(fake.install(LOCATION, expired()));
    fake.failNextRefresh(Fault.echoSecrets(400));
    InvoicesClient client = fake.client(fake.providerBuilder(store).build());

    OAuthException e = catchThrowableOfType(OAuthException.class, () -> fake.getInvoice(client, LOCATION));

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.serverMessage()).contains("Invalid parameter: ").contains("refresh_token <redacted>")
        .contains("client_secret <redacted>");
    assertNoSecretIn(e);
  }

  @Test
  void everyLogLineOfAFullLifecycleIsFreeOfSecrets() {
    InMemoryTokenStore memory = new InMemoryTokenStore();
    TestSupport.FlakyStore store = new TestSupport.FlakyStore(memory);
    StoredTokens installed = memory.put(fake.install(LOCATION, expired()));
    List<String> requestLog = new CopyOnWriteArrayList<>();
    OAuthTokenProvider tokens = fake.providerBuilder(store).retryBackoff(Duration.ofMillis(1), Duration.ofMillis(1))
        .build();
    InvoicesClient client = InvoicesClient.builder().baseUrl(fake.baseUrl())
        .accessTokenProvider(tokens).requestLogging(RequestLogging.FULL).requestLogger(requestLog::add).build();
    List<Throwable> failures = new ArrayList<>();

    store.failingSaves.set(1);
    failures.add(catchThrowableOfType(TokenStoreException.class, () -> fake.getInvoice(client, LOCATION)));
    fake.getInvoice(client, LOCATION);                                               // saved now
    fake.revoke(memory.load(LOCATION).orElseThrow().accessToken());
    fake.getInvoice(client, LOCATION);                                               // 401, refresh, replay
    fake.failNextRefresh(Fault.echoSecrets(400));
    fake.revoke(memory.load(LOCATION).orElseThrow().accessToken());
    failures.add(catchThrowableOfType(OAuthException.class, () -> fake.getInvoice(client, LOCATION)));
    fake.spend(memory.load(LOCATION).orElseThrow().refreshToken());
    failures.add(catchThrowableOfType(ReauthorizationRequiredException.class, () -> fake.getInvoice(client, LOCATION)));
    OAuthInstallFlow install = OAuthInstallFlow.of(tokens);
    failures.add(catchThrowableOfType(OAuthException.class, () -> install.exchangeCode("code-bad-a11ce", "https://x.example/cb")));
    install.exchangeCode(fake.newCode(LOCATION), "https://x.example/cb");
    fake.getInvoice(client, LOCATION);
    client.close();

    assertThat(failures).doesNotContainNull();
    failures.forEach(OAuthFixture::assertNoSecretIn);
    assertThat(requestLog).isNotEmpty();
    assertNoSecretIn(requestLog);
    assertThat(fake.logLines()).anyMatch(line -> line.contains("POST /oauth/token"))
        .anyMatch(line -> line.startsWith("SEVERE"));
    assertNoSecretIn(fake.logLines());
    assertThat(installed.refreshToken()).isNotBlank();
  }
}
