package com.hoopai.invoices.sandbox.server;

import com.hoopai.invoices.sandbox.server.internal.OAuthState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The server's OAuth side, for tests: the app's client credentials, authorization codes as the redirect
 * after an install carries them, installs whose tokens a store already holds, tokens that stop working, and
 * what the token endpoints saw. Thread-safe.
 *
 * <pre>{@code
 * String code = server.oauth().authorizationCode(locationId);   // exchange it at /oauth/token
 * IssuedTokens installed = server.oauth().install(locationId);   // or start from stored tokens
 * server.oauth().revoke(installed.accessToken());                // the next call answers 401
 * assertThat(server.oauth().refreshes()).isEqualTo(1);
 * }</pre>
 */
public final class SandboxOAuth {

  private final OAuthState state;
  private final String clientId;
  private final String clientSecret;

  SandboxOAuth(OAuthState state, String clientId, String clientSecret) {
    this.state = state;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  /**
   * The client id {@code /oauth/token} accepts.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * The client secret {@code /oauth/token} accepts.
   *
   * @return the secret
   */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * The agency every location belongs to ({@code companyId} of the tokens).
   *
   * @return the company id
   */
  public String companyId() {
    return state.companyId();
  }

  /**
   * A single-use authorization code of a location install, with every invoices scope.
   *
   * @param locationId the location that installed the app
   * @return the code
   */
  public String authorizationCode(String locationId) {
    return state.issueCode(SandboxServer.requireText(locationId, "locationId"), null);
  }

  /**
   * A single-use authorization code of a location install with only some scopes (to see a missing scope's 401).
   *
   * @param locationId the location that installed the app
   * @param scopes the scopes, such as {@code invoices.readonly}
   * @return the code
   */
  public String authorizationCode(String locationId, List<String> scopes) {
    return state.issueCode(SandboxServer.requireText(locationId, "locationId"), List.copyOf(scopes));
  }

  /**
   * A single-use authorization code of an agency-wide install: its Company tokens may address every location
   * (but not text2pay) and mint location tokens at {@code /oauth/locationToken}.
   *
   * @return the code
   */
  public String agencyAuthorizationCode() {
    return state.issueCode(null, null);
  }

  /**
   * Tokens of a location install, issued without a code exchange (not counted), as a token store would
   * already hold them.
   *
   * @param locationId the location
   * @return the tokens
   */
  public IssuedTokens install(String locationId) {
    return state.install(SandboxServer.requireText(locationId, "locationId"));
  }

  /**
   * Tokens of an agency install, issued without a code exchange.
   *
   * @return the tokens
   */
  public IssuedTokens installAgency() {
    return state.install(null);
  }

  /**
   * Spends a refresh token, as another instance of the app would: presented later, it answers 400 invalid grant.
   *
   * @param refreshToken the token
   */
  public void spend(String refreshToken) {
    state.spend(refreshToken);
  }

  /**
   * Makes one access token answer 401 from now on, before its expiry.
   *
   * @param accessToken the token
   */
  public void revoke(String accessToken) {
    state.revoke(accessToken);
  }

  /**
   * Makes every OAuth access token issued so far answer 401, as after their expiry; refresh tokens keep working.
   */
  public void expireAccessTokens() {
    state.expireAccessTokens();
  }

  /**
   * How long the access tokens issued from now on work ({@code expires_in}).
   *
   * @param lifetime positive
   */
  public void accessTokenLifetime(Duration lifetime) {
    if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("lifetime must be positive");
    }
    state.accessTokenLifetime(lifetime);
  }

  /**
   * Whether a refresh token would be accepted now (issued here, not spent).
   *
   * @param refreshToken the token
   * @return true if it works
   */
  public boolean isRefreshTokenValid(String refreshToken) {
    return state.isRefreshTokenValid(refreshToken);
  }

  /**
   * The only location an access token may address.
   *
   * @param accessToken the token
   * @return the location, empty for an agency token, the fixed token or an unknown one
   */
  public Optional<String> locationOf(String accessToken) {
    return Optional.ofNullable(state.locationOf(accessToken));
  }

  /**
   * Makes a location inactive (a paused sub-account): refreshing its tokens or minting one for it answers
   * 400 "Location is not active", and its refresh token is not spent.
   *
   * @param locationId the location
   * @param inactive true to pause it, false to make it active again
   */
  public void inactive(String locationId, boolean inactive) {
    state.inactive(SandboxServer.requireText(locationId, "locationId"), inactive);
  }

  /**
   * Whether the tokens minted at {@code /oauth/locationToken} come with a refresh token (as the v3 answer does).
   *
   * @param include default false
   */
  public void locationRefreshTokens(boolean include) {
    state.locationRefreshTokens(include);
  }

  /**
   * How many {@code refresh_token} grants the token endpoint received (a faulted one included).
   *
   * @return the count
   */
  public long refreshes() {
    return state.refreshes();
  }

  /**
   * How many times a refresh token this server had already spent was presented again: two refreshes racing.
   *
   * @return the count
   */
  public long reusedRefreshTokens() {
    return state.reusedRefreshTokens();
  }

  /**
   * How many {@code authorization_code} grants the token endpoint received.
   *
   * @return the count
   */
  public long codeExchanges() {
    return state.codeExchanges();
  }

  /**
   * How many location tokens {@code /oauth/locationToken} minted.
   *
   * @return the count
   */
  public long locationTokenMints() {
    return state.locationTokenMints();
  }

  @Override
  public String toString() {
    return "SandboxOAuth{clientId=" + clientId + ", clientSecret=<redacted>}";
  }
}
