package com.hoopai.invoices.sandbox.server;

/**
 * Tokens the server issued for an install, as a token store would hold them after the code exchange. Carries
 * secrets: its {@code toString} hides the tokens.
 *
 * <pre>{@code
 * IssuedTokens tokens = server.oauth().install("ve9EPM428h8vShlRW1KT");
 * store.put(StoredTokens.builder().key(tokens.locationId()).refreshToken(tokens.refreshToken()) ... .build());
 * }</pre>
 *
 * @param accessToken the access token
 * @param refreshToken its single-use refresh token
 * @param expiresInSeconds the access token's lifetime
 * @param scope the scopes, space-separated
 * @param companyId the agency
 * @param locationId the location, {@code null} for an agency install
 * @param agency whether these are agency (Company) tokens
 */
public record IssuedTokens(String accessToken, String refreshToken, long expiresInSeconds, String scope,
    String companyId, String locationId, boolean agency) {

  @Override
  public String toString() {
    return "IssuedTokens{locationId=" + locationId + ", agency=" + agency + ", tokens=<redacted>}";
  }
}
