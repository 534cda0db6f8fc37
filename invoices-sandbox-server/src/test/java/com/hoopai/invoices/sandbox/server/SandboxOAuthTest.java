package com.hoopai.invoices.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The OAuth side tests steer: installs, revoked and spent tokens, inactive locations, location tokens. */
class SandboxOAuthTest {

  private static final String LOCATION = "oauthLocation0000001";
  private static final String LIST = "/invoices/?altId=" + LOCATION + "&altType=location&limit=10&offset=0";

  private final SandboxServer server = SandboxServer.builder().oauthClient("app-id", "app-secret")
      .companyId("companyX7Ak").start();
  private final Http http = new Http(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anInstallsAccessTokenWorksUntilRevoked() throws IOException {
    IssuedTokens installed = server.oauth().install(LOCATION);
    assertThat(http.get(LIST, installed.accessToken()).statusCode()).isEqualTo(200);

    server.oauth().revoke(installed.accessToken());

    assertThat(http.get(LIST, installed.accessToken()).statusCode()).isEqualTo(401);
    assertThat(installed.locationId()).isEqualTo(LOCATION);
    assertThat(installed.companyId()).isEqualTo("companyX7Ak");
    assertThat(installed.toString()).doesNotContain(installed.accessToken()).doesNotContain(installed.refreshToken());
    assertThat(server.oauth().codeExchanges()).isZero();
  }

  @Test
  void aRefreshTokenSpentElsewhereIsAnInvalidGrantAndNotAReuse() throws IOException {
    IssuedTokens installed = server.oauth().install(LOCATION);
    server.oauth().spend(installed.refreshToken());

    HttpResponse<String> answer = http.postForm("/oauth/token", null, Http.refreshForm(server, installed.refreshToken()));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(server.oauth().isRefreshTokenValid(installed.refreshToken())).isFalse();
    assertThat(server.oauth().reusedRefreshTokens()).isZero();
  }

  @Test
  void anInactiveLocationRefusesTheRefreshWithoutSpendingTheToken() throws IOException {
    IssuedTokens installed = server.oauth().install(LOCATION);
    server.oauth().inactive(LOCATION, true);

    HttpResponse<String> refused = http.postForm("/oauth/token", null, Http.refreshForm(server, installed.refreshToken()));
    server.oauth().inactive(LOCATION, false);
    HttpResponse<String> refreshed = http.postForm("/oauth/token", null, Http.refreshForm(server, installed.refreshToken()));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Location is not active");
    assertThat(refreshed.statusCode()).isEqualTo(200);
    assertThat(server.oauth().refreshes()).isEqualTo(2);
  }

  @Test
  void anAgencyTokenMintsATokenBoundToOneLocation() throws IOException {
    IssuedTokens agency = server.oauth().installAgency();

    HttpResponse<String> minted = http.postForm("/oauth/locationToken", agency.accessToken(),
        "companyId=companyX7Ak&locationId=" + LOCATION);

    assertThat(minted.statusCode()).isEqualTo(200);
    String token = minted.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    assertThat(minted.body()).doesNotContain("refresh_token");
    assertThat(server.oauth().locationOf(token)).contains(LOCATION);
    assertThat(server.oauth().locationOf(agency.accessToken())).isEmpty();
    assertThat(http.get(LIST, token).statusCode()).isEqualTo(200);
    assertThat(server.oauth().locationTokenMints()).isEqualTo(1);
    assertThat(server.requests().of(SandboxServer.LOCATION_TOKEN_ENDPOINT)).singleElement()
        .satisfies(request -> assertThat(request.form()).containsEntry("locationId", LOCATION));
  }

  @Test
  void theMintRefusesLocationTokensWrongFormsAndInactiveLocations() throws IOException {
    IssuedTokens location = server.oauth().install(LOCATION);
    IssuedTokens agency = server.oauth().installAgency();
    server.oauth().inactive("pausedLocation", true);

    assertThat(http.postForm("/oauth/locationToken", location.accessToken(),
        "companyId=companyX7Ak&locationId=" + LOCATION).statusCode()).isEqualTo(401);
    assertThat(http.postForm("/oauth/locationToken", agency.accessToken(), "locationId=" + LOCATION).statusCode())
        .isEqualTo(422);
    assertThat(http.postForm("/oauth/locationToken", agency.accessToken(),
        "companyId=companyX7Ak&locationId=pausedLocation").statusCode()).isEqualTo(400);
    assertThat(server.oauth().locationTokenMints()).isZero();
  }

  @Test
  void mintedTokensCanComeWithARefreshToken() throws IOException {
    server.oauth().locationRefreshTokens(true);
    IssuedTokens agency = server.oauth().installAgency();

    HttpResponse<String> minted = http.postForm("/oauth/locationToken", agency.accessToken(),
        "companyId=companyX7Ak&locationId=" + LOCATION);

    String refresh = minted.body().replaceAll(".*\"refresh_token\":\"([^\"]+)\".*", "$1");
    assertThat(server.oauth().isRefreshTokenValid(refresh)).isTrue();
  }

  @Test
  void codesAreCountedWhenExchanged() throws IOException {
    String code = server.oauth().authorizationCode(LOCATION);

    HttpResponse<String> answer = http.postForm("/oauth/token", null, "client_id=app-id&client_secret=app-secret"
        + "&grant_type=authorization_code&code=" + code);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(server.oauth().codeExchanges()).isEqualTo(1);
    assertThat(server.oauth().toString()).doesNotContain("app-secret");
  }
}
