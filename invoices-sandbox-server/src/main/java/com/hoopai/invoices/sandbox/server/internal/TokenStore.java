package com.hoopai.invoices.sandbox.server.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's tokens: fixed tokens (like Private Integration Tokens), OAuth access tokens with a
 * lifetime, and single-use refresh tokens and authorization codes. Thread-safe.
 */
final class TokenStore {

  private final Clock clock;
  private volatile Duration accessTokenLifetime;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Grant> fixedTokens = new ConcurrentHashMap<>();
  private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
  private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private final Set<String> spentRefreshTokens = ConcurrentHashMap.newKeySet();

  /**
   * A store.
   *
   * @param clock the sandbox clock
   * @param accessTokenLifetime how long an OAuth access token works
   */
  public TokenStore(Clock clock, Duration accessTokenLifetime) {
    this.clock = clock;
    this.accessTokenLifetime = accessTokenLifetime;
  }

  /** Accepts a fixed token for every location and scope, for as long as the sandbox runs. */
  public void addFixedToken(String token) {
    fixedTokens.put(token, new Grant(null, false, Grant.ALL_SCOPES, null));
  }

  /**
   * The grant of a bearer token, if the token is known and not expired.
   *
   * @param token the token
   * @return the grant, or {@code null}
   */
  public Grant authenticate(String token) {
    if (token == null) {
      return null;
    }
    Grant fixed = fixedTokens.get(token);
    if (fixed != null) {
      return fixed;
    }
    Grant grant = accessTokens.get(token);
    if (grant == null || !clock.instant().isBefore(grant.expiresAt())) {
      return null;
    }
    return grant;
  }

  /**
   * A single-use authorization code, as the redirect after consent would carry.
   *
   * @param locationId the location that installed the app, or {@code null} for an agency install
   * @param scopes the scopes granted
   * @return the code
   */
  public String issueCode(String locationId, List<String> scopes) {
    String code = "sbx_code_" + randomText();
    codes.put(code, new Grant(locationId, locationId == null, List.copyOf(scopes), null));
    return code;
  }

  /** Takes a code (it works once), or answers {@code null}. */
  public Grant redeemCode(String code) {
    return code == null ? null : codes.remove(code);
  }

  /** Takes a refresh token (it works once), or answers {@code null}. */
  public Grant redeemRefreshToken(String refreshToken) {
    Grant grant = refreshToken == null ? null : refreshTokens.remove(refreshToken);
    if (grant != null) {
      spentRefreshTokens.add(refreshToken);
    }
    return grant;
  }

  /** The grant of a refresh token that still works, without spending it, or {@code null}. */
  public Grant peekRefreshToken(String refreshToken) {
    return refreshToken == null ? null : refreshTokens.get(refreshToken);
  }

  /** Whether a refresh token was redeemed here before (presenting it again is a client's race). */
  public boolean wasSpent(String refreshToken) {
    return refreshToken != null && spentRefreshTokens.contains(refreshToken);
  }

  /** Spends a refresh token outside the token endpoint, as another app instance would. */
  public void spend(String refreshToken) {
    refreshTokens.remove(refreshToken);
  }

  /** Makes one access token stop working before its expiry. */
  public void revoke(String accessToken) {
    accessTokens.remove(accessToken);
  }

  /** Changes the lifetime of the access tokens issued from now on. */
  public void accessTokenLifetime(Duration lifetime) {
    this.accessTokenLifetime = lifetime;
  }

  /**
   * A location access token minted with an agency token: it may address only that location.
   *
   * @param locationId the location
   * @param withRefreshToken whether a refresh token for the location comes with it
   * @return the tokens, {@code refreshToken} {@code null} unless asked for
   */
  public Issued issueLocationToken(String locationId, boolean withRefreshToken) {
    Grant grant = new Grant(locationId, false, Grant.ALL_SCOPES, null);
    Issued issued = issue(grant);
    if (!withRefreshToken) {
      refreshTokens.remove(issued.refreshToken());
      return new Issued(issued.accessToken(), null, issued.expiresInSeconds(), issued.grant());
    }
    return issued;
  }

  /**
   * New tokens for a grant: an access token with the configured lifetime and a new refresh token.
   *
   * @param grant what they entitle to
   * @return the pair
   */
  public Issued issue(Grant grant) {
    Duration accessTokenLifetime = this.accessTokenLifetime;
    Instant expiresAt = clock.instant().plus(accessTokenLifetime);
    Grant access = new Grant(grant.locationId(), grant.agency(), grant.scopes(), expiresAt);
    String accessToken = "sbx_at_" + randomText();
    String refreshToken = "sbx_rt_" + randomText();
    accessTokens.put(accessToken, access);
    refreshTokens.put(refreshToken, new Grant(grant.locationId(), grant.agency(), grant.scopes(), null));
    return new Issued(accessToken, refreshToken, accessTokenLifetime.toSeconds(), access);
  }

  /** Makes every OAuth access token issued so far stop working; refresh tokens keep working. */
  public void expireAccessTokens() {
    accessTokens.clear();
  }

  /** Forgets every OAuth token and code; fixed tokens stay. */
  public void reset() {
    accessTokens.clear();
    refreshTokens.clear();
    codes.clear();
    spentRefreshTokens.clear();
  }

  private String randomText() {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Tokens just issued.
   *
   * @param accessToken the access token
   * @param refreshToken its single-use refresh token
   * @param expiresInSeconds the access token's lifetime
   * @param grant what the access token entitles to
   */
  public record Issued(String accessToken, String refreshToken, long expiresInSeconds, Grant grant) {
  }
}
