package com.hoopai.invoices.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.oauth.InMemoryTokenStore;
import com.hoopai.invoices.client.oauth.OAuthCredentials;
import com.hoopai.invoices.client.oauth.OAuthInstallFlow;
import com.hoopai.invoices.client.oauth.OAuthTokenProvider;
import com.hoopai.invoices.client.oauth.StoredTokens;
import com.hoopai.invoices.client.oauth.UserType;
import com.hoopai.invoices.sandbox.support.RawHttp.Answer;
import com.hoopai.invoices.sandbox.support.RawHttp;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code POST /oauth/token}: codes and refresh tokens work once; access tokens work until they expire. */
@HoopAiSandboxTest
class OAuthTokenTest {

  @Test
  void anAuthorizationCodeBuysTokensThatTheApiAccepts(HoopAiSandbox sandbox) {
    JsonNode tokens = exchange(sandbox, sandbox.oauth().authorizationCode(sandbox.locationId()));

    assertThat(tokens.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(tokens.get("expires_in").asLong()).isEqualTo(86_399);
    assertThat(tokens.get("userType").asText()).isEqualTo("Location");
    assertThat(tokens.get("locationId").asText()).isEqualTo(sandbox.locationId());
    assertThat(tokens.get("scope").asText()).contains("invoices.write", "invoices/estimate.readonly");
    assertThat(new RawHttp(sandbox.baseUrl()).authorized(tokens.get("access_token").asText())
        .get("/invoices/generate-invoice-number?altType=location&altId=" + sandbox.locationId()).status())
        .isEqualTo(200);
  }

  @Test
  void aCodeWorksOnce(HoopAiSandbox sandbox) {
    String code = sandbox.oauth().authorizationCode(sandbox.locationId());
    exchange(sandbox, code);

    Answer again = token(sandbox, "grant_type=authorization_code&code=" + code);

    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("message").asText()).isEqualTo("Invalid grant: authorization code is invalid");
  }

  @Test
  void eachRefreshAnswersANewRefreshTokenAndAUsedOneAnswersInvalidGrant(HoopAiSandbox sandbox) {
    String first = exchange(sandbox, sandbox.oauth().authorizationCode(sandbox.locationId())).get("refresh_token").asText();

    Answer refreshed = token(sandbox, "grant_type=refresh_token&user_type=Location&refresh_token=" + first);
    Answer reused = token(sandbox, "grant_type=refresh_token&user_type=Location&refresh_token=" + first);

    assertThat(refreshed.status()).isEqualTo(200);
    assertThat(refreshed.json().get("refresh_token").asText()).isNotEqualTo(first);
    assertThat(reused.status()).isEqualTo(400);
    assertThat(reused.json().toString()).isEqualTo(
        "{\"statusCode\":400,\"message\":\"Invalid grant: refresh token is invalid\",\"error\":\"Bad Request\"}");
    String second = refreshed.json().get("refresh_token").asText();
    assertThat(token(sandbox, "grant_type=refresh_token&refresh_token=" + second).status()).isEqualTo(200);
  }

  @Test
  void missingOrWrongParametersAreNamed(HoopAiSandbox sandbox) {
    RawHttp http = new RawHttp(sandbox.baseUrl());
    String client = "client_id=" + sandbox.oauth().clientId() + "&client_secret=" + sandbox.oauth().clientSecret();

    assertThat(message(http.postForm("/oauth/token", client))).isEqualTo("Missing parameter: grant_type");
    assertThat(message(http.postForm("/oauth/token", client + "&grant_type=refresh_token")))
        .isEqualTo("Missing parameter: refresh_token");
    assertThat(message(http.postForm("/oauth/token", client + "&grant_type=password")))
        .isEqualTo("Invalid parameter: grant_type");
    assertThat(message(http.postForm("/oauth/token", client + "&grant_type=authorization_code&user_type=Company"
        + "&code=" + sandbox.oauth().authorizationCode(sandbox.locationId())))).isEqualTo("Invalid parameter: user_type");
    Answer wrongSecret = http.postForm("/oauth/token", "client_id=" + sandbox.oauth().clientId()
        + "&client_secret=nope&grant_type=authorization_code&code=" + sandbox.oauth().authorizationCode(sandbox.locationId()));
    assertThat(wrongSecret.status()).isEqualTo(401);
  }

  @Test
  void jsonBodiesAreAcceptedToo(HoopAiSandbox sandbox) {
    Answer answer = new RawHttp(sandbox.baseUrl()).post("/oauth/token", "{\"client_id\":\"" + sandbox.oauth().clientId()
        + "\",\"client_secret\":\"" + sandbox.oauth().clientSecret() + "\",\"grant_type\":\"authorization_code\","
        + "\"code\":\"" + sandbox.oauth().authorizationCode(sandbox.locationId()) + "\"}");

    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void anExpiredAccessTokenAnswers401AndTheClientRefreshesThroughItsProvider(HoopAiSandbox sandbox) {
    RefreshingProvider provider = new RefreshingProvider(sandbox,
        exchange(sandbox, sandbox.oauth().authorizationCode(sandbox.locationId())).get("refresh_token").asText());
    try (InvoicesClient client = sandbox.clientBuilder().accessTokenProvider(provider).build()) {
      client.forLocation(sandbox.locationId()).invoices().generateInvoiceNumber();
      assertThat(provider.refreshes).hasValue(1);

      sandbox.oauth().expireAccessTokens();
      client.forLocation(sandbox.locationId()).invoices().generateInvoiceNumber();

      assertThat(provider.refreshes).as("one refresh after the 401, then the replay").hasValue(2);
    }
  }

  @Test
  void theSdksOAuthProviderInstallsRefreshesAndRotatesAgainstTheSandbox(HoopAiSandbox sandbox) {
    OAuthCredentials app = OAuthCredentials.builder().clientId(sandbox.oauth().clientId())
        .clientSecret(sandbox.oauth().clientSecret()).userType(UserType.LOCATION)
        .tokenUrl(sandbox.baseUrl() + "/oauth/token").build();
    InMemoryTokenStore store = new InMemoryTokenStore();
    OAuthTokenProvider tokens = OAuthTokenProvider.builder(app).tokenStore(store).build();
    StoredTokens installed = OAuthInstallFlow.of(tokens)
        .exchangeCode(sandbox.oauth().authorizationCode(sandbox.locationId()), "https://app.example.com/oauth/callback");
    assertThat(installed.key()).isEqualTo(sandbox.locationId());

    try (InvoicesClient client = sandbox.clientBuilder().accessTokenProvider(tokens).build()) {
      client.forLocation(sandbox.locationId()).invoices().generateInvoiceNumber();
      sandbox.oauth().expireAccessTokens();
      client.forLocation(sandbox.locationId()).invoices().generateInvoiceNumber();
    }

    String rotated = store.load(sandbox.locationId()).orElseThrow().refreshToken();
    assertThat(rotated).as("the single-use refresh token was spent and the new one saved")
        .isNotEqualTo(installed.refreshToken());
    assertThat(token(sandbox, "grant_type=refresh_token&refresh_token=" + installed.refreshToken()).status())
        .isEqualTo(400);
  }

  static JsonNode exchange(HoopAiSandbox sandbox, String code) {
    Answer answer = token(sandbox, "grant_type=authorization_code&code=" + code);
    assertThat(answer.status()).as("token exchange: %s", answer.json()).isEqualTo(200);
    return answer.json();
  }

  private static Answer token(HoopAiSandbox sandbox, String form) {
    return new RawHttp(sandbox.baseUrl()).postForm("/oauth/token", "client_id=" + sandbox.oauth().clientId()
        + "&client_secret=" + sandbox.oauth().clientSecret() + "&" + form);
  }

  private static String message(Answer answer) {
    assertThat(answer.status()).isEqualTo(400);
    return answer.json().get("message").asText();
  }

  /** The least an OAuth provider does: refresh (rotating the refresh token) when the API says 401. */
  private static final class RefreshingProvider implements AccessTokenProvider {
    private final HoopAiSandbox sandbox;
    private final AtomicInteger refreshes = new AtomicInteger();
    private String refreshToken;
    private String accessToken;

    RefreshingProvider(HoopAiSandbox sandbox, String refreshToken) {
      this.sandbox = sandbox;
      this.refreshToken = refreshToken;
    }

    @Override
    public synchronized String accessToken(String locationId) {
      if (accessToken == null) {
        refresh();
      }
      return accessToken;
    }

    @Override
    public synchronized boolean refreshAfterUnauthorized(String locationId, String rejectedToken) {
      if (rejectedToken.equals(accessToken)) {
        refresh();
      }
      return true;
    }

    private void refresh() {
      JsonNode tokens = token(sandbox, "grant_type=refresh_token&refresh_token=" + refreshToken).json();
      accessToken = tokens.get("access_token").asText();
      refreshToken = tokens.get("refresh_token").asText();
      refreshes.incrementAndGet();
    }
  }
}
