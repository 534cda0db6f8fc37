package com.hoopai.invoices.client.oauth;

import static com.hoopai.invoices.client.oauth.OAuthFixture.LOCATION;
import static com.hoopai.invoices.client.oauth.OAuthFixture.assertNoSecretIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.sandbox.server.Fault;
import com.hoopai.invoices.sandbox.server.SandboxServer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The consent URL, and the code exchange that saves the tokens to the store. */
class OAuthInstallFlowTest {

  @RegisterExtension
  final OAuthFixture fake = new OAuthFixture();

  private static final String CALLBACK = "https://myapp.example/oauth/callback?tenant=7";

  private final InMemoryTokenStore store = new InMemoryTokenStore();

  @Test
  void theConsentUrlNamesTheAppTheScopesAndTheRedirect() {
    OAuthInstallFlow install = OAuthInstallFlow.builder(fake.credentials(UserType.LOCATION), store).build();

    String url = install.consentUrl(List.of("invoices.readonly", "invoices.write"), CALLBACK, "st4te");

    assertThat(url).isEqualTo("https://marketplace.leadconnectorhq.com/v2/oauth/chooselocation"
        + "?response_type=code"
        + "&redirect_uri=https%3A%2F%2Fmyapp.example%2Foauth%2Fcallback%3Ftenant%3D7"
        + "&client_id=" + OAuthFixture.CLIENT_ID
        + "&scope=invoices.readonly%20invoices.write"
        + "&state=st4te");
    assertThat(url).doesNotContain(OAuthFixture.CLIENT_SECRET);
  }

  @Test
  void theMarketplaceHostIsConfigurableForWhiteLabels() {
    OAuthInstallFlow install = OAuthInstallFlow.builder(fake.credentials(UserType.LOCATION), store)
        .marketplaceUrl("https://marketplace.gohighlevel.com/").build();

    assertThat(install.consentUrl(List.of("invoices.readonly"), CALLBACK, null))
        .startsWith("https://marketplace.gohighlevel.com/v2/oauth/chooselocation?response_type=code&")
        .doesNotContain("state=");
  }

  @Test
  void badConsentArgumentsAreRefused() {
    OAuthInstallFlow install = OAuthInstallFlow.builder(fake.credentials(UserType.LOCATION), store).build();

    assertThatThrownBy(() -> install.consentUrl(List.of(), CALLBACK, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scope");
    assertThatThrownBy(() -> install.consentUrl(List.of("invoices.readonly invoices.write"), CALLBACK, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> install.consentUrl(List.of("invoices.readonly"), "/relative", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redirectUri");
    assertThatThrownBy(() -> OAuthInstallFlow.builder(fake.credentials(UserType.LOCATION), store)
        .marketplaceUrl("http://marketplace.example.com")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
  }

  @Test
  void theCodeExchangeSavesTheTokensUnderTheLocationAndTheClientUsesThem() {
    OAuthTokenProvider tokens = fake.providerBuilder(store).build();
    OAuthInstallFlow install = OAuthInstallFlow.of(tokens);
    String code = fake.newCode(LOCATION);

    StoredTokens installed = install.exchangeCode(code, CALLBACK);

    assertThat(installed.key()).isEqualTo(LOCATION);
    assertThat(installed.userType()).isEqualTo(UserType.LOCATION);
    assertThat(installed.version()).isEqualTo(1);
    assertThat(installed.locationId()).isEqualTo(LOCATION);
    assertThat(installed.companyId()).isEqualTo(OAuthFixture.COMPANY);
    assertThat(installed.scope()).isEqualTo("invoices.readonly invoices.write");
    assertThat(installed.expiresAt()).isAfter(Instant.now().plusSeconds(86000));
    assertThat(store.load(LOCATION)).contains(installed);
    assertThat(fake.tokenForms().get(0)).containsExactly(
        Map.entry("client_id", OAuthFixture.CLIENT_ID),
        Map.entry("client_secret", OAuthFixture.CLIENT_SECRET),
        Map.entry("grant_type", "authorization_code"),
        Map.entry("code", code),
        Map.entry("user_type", "Location"),
        Map.entry("redirect_uri", CALLBACK));

    InvoicesClient client = fake.client(tokens);
    fake.getInvoice(client, LOCATION);
    assertThat(fake.apiTokens()).containsExactly(installed.accessToken());
    assertThat(fake.refreshes()).isEqualTo(0);
  }

  @Test
  void aCompanyInstallIsSavedUnderTheCompany() {
    OAuthInstallFlow install = OAuthInstallFlow.builder(fake.credentials(UserType.COMPANY), store).build();

    StoredTokens installed = install.exchangeCode(fake.newCode(null), CALLBACK);

    assertThat(installed.key()).isEqualTo(OAuthFixture.COMPANY);
    assertThat(installed.userType()).isEqualTo(UserType.COMPANY);
    assertThat(fake.tokenForms().get(0)).containsEntry("user_type", "Company");
  }

  @Test
  void aReinstallReplacesTheStoredTokensWithANewVersion() {
    OAuthInstallFlow install = OAuthInstallFlow.builder(fake.credentials(UserType.LOCATION), store).build();
    StoredTokens first = install.exchangeCode(fake.newCode(LOCATION), CALLBACK);

    StoredTokens second = install.exchangeCode(fake.newCode(LOCATION), CALLBACK);

    assertThat(second.version()).isEqualTo(first.version() + 1);
    assertThat(store.load(LOCATION)).contains(second);
  }

  @Test
  void aRefusedCodeFailsWithoutShowingTheCodeOrTheSecret() {
    OAuthInstallFlow install = OAuthInstallFlow.builder(fake.credentials(UserType.LOCATION), store).build();
    // A server that names the refused code in its answer: the client must not repeat it.
    fake.server().faults().failNext(SandboxServer.TOKEN_ENDPOINT, Fault.status(400, "{\"error\":\"invalid_grant\","
        + "\"error_description\":\"Invalid grant: code code-never-issued-a11ce is invalid\"}"));

    OAuthException e = catchThrowableOfType(OAuthException.class,
        () -> install.exchangeCode("code-never-issued-a11ce", CALLBACK));

    assertThat(e).isNotInstanceOf(ReauthorizationRequiredException.class);
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.getMessage()).contains("authorization code exchange failed").contains("invalid_grant")
        .contains("<redacted>");
    assertNoSecretIn(e);
    assertThat(store.load(LOCATION)).isEmpty();
  }
}
