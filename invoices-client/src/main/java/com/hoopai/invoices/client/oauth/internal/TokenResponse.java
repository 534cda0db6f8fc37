package com.hoopai.invoices.client.oauth.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The useful part of a token endpoint's answer ({@code /oauth/token} or {@code /oauth/locationToken}).
 * {@code toString()} hides the tokens.
 *
 * @param accessToken {@code access_token}
 * @param refreshToken {@code refresh_token}, or {@code null} (location tokens; a server that did not rotate)
 * @param expiresInSeconds {@code expires_in}, or {@code null} when absent
 * @param scope {@code scope}, or {@code null}
 * @param userType {@code userType}, or {@code null}
 * @param companyId {@code companyId}, or {@code null}
 * @param locationId {@code locationId}, or {@code null}
 */
public record TokenResponse(String accessToken, String refreshToken, Long expiresInSeconds, String scope,
    String userType, String companyId, String locationId) {

  /**
   * An answer without {@code expires_in} is taken to last this long: less than the day HoopAI's tokens last,
   * so a missing field costs an early refresh rather than a 401.
   */
  public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

  /**
   * When the access token expires, counted from when the request was sent, since the server's clock starts
   * before the answer arrives.
   *
   * <pre>{@code
   * Instant sent = clock.instant();
   * Instant expiresAt = endpoint.refresh(key, refreshToken).expiresAt(sent);
   * }</pre>
   *
   * @param sent when the request was sent
   * @return {@code sent} plus {@code expires_in}, or plus {@link #DEFAULT_LIFETIME} when absent
   */
  public Instant expiresAt(Instant sent) {
    return sent.plus(expiresInSeconds != null ? Duration.ofSeconds(expiresInSeconds) : DEFAULT_LIFETIME);
  }

  @Override
  public String toString() {
    return "TokenResponse{expiresIn=" + expiresInSeconds + ", scope=" + scope + ", userType=" + userType
        + ", companyId=" + companyId + ", locationId=" + locationId + ", accessToken=<redacted>, refreshToken="
        + (refreshToken == null ? "none" : "<redacted>") + "}";
  }
}
