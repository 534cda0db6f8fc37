package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.AccessTokenProvider;
import okhttp3.Request;

/**
 * The one place that makes the headers every request carries: {@code Authorization} (asking the
 * {@link AccessTokenProvider} for the request's location), {@code Version} and {@code User-Agent}.
 */
final class RequestHeaders {

  private final AccessTokenProvider tokens;
  private final String apiVersion;
  private final String userAgent;

  RequestHeaders(AccessTokenProvider tokens, String apiVersion, String userAgent) {
    this.tokens = tokens;
    this.apiVersion = apiVersion;
    this.userAgent = userAgent;
  }

  /**
   * The token for one request.
   *
   * @param locationId the request's location, or null when it names none
   * @return the bearer token
   * @throws IllegalStateException if the token provider gives no token
   */
  String token(String locationId) {
    String token = tokens.accessToken(locationId);
    if (token == null || token.isBlank()) {
      throw new IllegalStateException("the AccessTokenProvider gave no token"
          + (locationId == null ? "" : " for location " + locationId));
    }
    return token;
  }

  /**
   * Sets the headers every request carries (after the call's own, so they win).
   *
   * @param request the request being built
   * @param token the bearer token
   */
  void apply(Request.Builder request, String token) {
    request.header("Authorization", "Bearer " + token)
        .header("Version", apiVersion)
        .header("User-Agent", userAgent);
  }
}
