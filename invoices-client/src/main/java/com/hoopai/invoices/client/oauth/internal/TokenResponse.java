package com.hoopai.invoices.client.oauth.internal;

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

  @Override
  public String toString() {
    return "TokenResponse{expiresIn=" + expiresInSeconds + ", scope=" + scope + ", userType=" + userType
        + ", companyId=" + companyId + ", locationId=" + locationId + ", accessToken=<redacted>, refreshToken="
        + (refreshToken == null ? "none" : "<redacted>") + "}";
  }
}
