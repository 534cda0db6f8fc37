package com.hoopai.invoices.sandbox.server.internal;

import com.hoopai.invoices.sandbox.server.IssuedTokens;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The OAuth side of the server that tests steer and read: tokens issued outside the endpoints (an install the
 * store already holds), locations the API calls inactive, and counters of what the token endpoints saw.
 * Thread-safe.
 *
 * <pre>{@code
 * IssuedTokens tokens = dispatcher.oauth().install("ve9EPM428h8vShlRW1KT");
 * }</pre>
 */
public final class OAuthState {

  private final TokenStore tokens;
  private final String companyId;
  private final Set<String> inactive = ConcurrentHashMap.newKeySet();
  private final AtomicLong refreshes = new AtomicLong();
  private final AtomicLong reusedRefreshTokens = new AtomicLong();
  private final AtomicLong codeExchanges = new AtomicLong();
  private final AtomicLong locationTokenMints = new AtomicLong();
  private volatile boolean locationRefreshTokens;

  OAuthState(TokenStore tokens, String companyId) {
    this.tokens = tokens;
    this.companyId = companyId;
  }

  TokenStore tokens() {
    return tokens;
  }

  /**
   * The agency every location belongs to.
   *
   * @return the company id
   */
  public String companyId() {
    return companyId;
  }

  /**
   * A single-use authorization code.
   *
   * @param locationId the installing location, {@code null} for an agency install
   * @param scopes the scopes granted, {@code null} for every invoices scope
   * @return the code
   */
  public String issueCode(String locationId, List<String> scopes) {
    return tokens.issueCode(locationId, scopes == null ? Grant.ALL_SCOPES : List.copyOf(scopes));
  }

  /**
   * Tokens of an install, as a token store would hold them.
   *
   * @param locationId the location, {@code null} for an agency install
   * @return the tokens
   */
  public IssuedTokens install(String locationId) {
    TokenStore.Issued issued = tokens.issue(new Grant(locationId, locationId == null, Grant.ALL_SCOPES, null));
    return toPublic(issued);
  }

  IssuedTokens toPublic(TokenStore.Issued issued) {
    return new IssuedTokens(issued.accessToken(), issued.refreshToken(), issued.expiresInSeconds(),
        String.join(" ", issued.grant().scopes()), companyId, issued.grant().locationId(), issued.grant().agency());
  }

  /**
   * Spends a refresh token, as another app instance would.
   *
   * @param refreshToken the token
   */
  public void spend(String refreshToken) {
    tokens.spend(refreshToken);
  }

  /**
   * Makes one access token answer 401 from now on.
   *
   * @param accessToken the token
   */
  public void revoke(String accessToken) {
    tokens.revoke(accessToken);
  }

  /**
   * Whether a refresh token would be accepted now.
   *
   * @param refreshToken the token
   * @return true if it works
   */
  public boolean isRefreshTokenValid(String refreshToken) {
    return tokens.peekRefreshToken(refreshToken) != null;
  }

  /**
   * The location an access token may address.
   *
   * @param accessToken the token
   * @return the location, or {@code null} (an unknown token, or one for every location)
   */
  public String locationOf(String accessToken) {
    Grant grant = tokens.authenticate(accessToken);
    return grant == null ? null : grant.locationId();
  }

  /** Makes every OAuth access token issued so far answer 401. */
  public void expireAccessTokens() {
    tokens.expireAccessTokens();
  }

  /**
   * How long access tokens issued from now on work.
   *
   * @param lifetime the lifetime
   */
  public void accessTokenLifetime(Duration lifetime) {
    tokens.accessTokenLifetime(lifetime);
  }

  /**
   * Marks a location inactive or active again.
   *
   * @param locationId the location
   * @param inactive true to pause it
   */
  public void inactive(String locationId, boolean inactive) {
    if (inactive) {
      this.inactive.add(locationId);
    } else {
      this.inactive.remove(locationId);
    }
  }

  boolean isInactive(String locationId) {
    return locationId != null && inactive.contains(locationId);
  }

  /**
   * Whether minted location tokens come with a refresh token (the v3 answer).
   *
   * @param include whether they do
   */
  public void locationRefreshTokens(boolean include) {
    this.locationRefreshTokens = include;
  }

  boolean locationRefreshTokens() {
    return locationRefreshTokens;
  }

  /**
   * {@code refresh_token} grants received.
   *
   * @return the count
   */
  public long refreshes() {
    return refreshes.get();
  }

  /**
   * Refresh tokens presented again after they were spent here.
   *
   * @return the count
   */
  public long reusedRefreshTokens() {
    return reusedRefreshTokens.get();
  }

  /**
   * {@code authorization_code} grants received.
   *
   * @return the count
   */
  public long codeExchanges() {
    return codeExchanges.get();
  }

  /**
   * Location tokens minted.
   *
   * @return the count
   */
  public long locationTokenMints() {
    return locationTokenMints.get();
  }

  /**
   * Counts a grant the token endpoint received, whatever its answer (a fault included).
   *
   * @param grantType the form's {@code grant_type}
   */
  public void countGrant(String grantType) {
    if ("refresh_token".equals(grantType)) {
      refreshes.incrementAndGet();
    } else if ("authorization_code".equals(grantType)) {
      codeExchanges.incrementAndGet();
    }
  }

  void countReuse() {
    reusedRefreshTokens.incrementAndGet();
  }

  void countMint() {
    locationTokenMints.incrementAndGet();
  }

  /** Forgets every token, code, counter and inactive location. */
  public void reset() {
    tokens.reset();
    inactive.clear();
    refreshes.set(0);
    reusedRefreshTokens.set(0);
    codeExchanges.set(0);
    locationTokenMints.set(0);
    locationRefreshTokens = false;
  }
}
