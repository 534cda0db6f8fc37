package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.AccessTokenProvider;
import java.util.Map;

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
   * The headers of one request.
   *
   * @param locationId the request's location, or null when it names none
   * @return header names and values
   * @throws IllegalStateException if the token provider gives no token
   */
  Map<String, String> forLocation(String locationId) {
    String token = tokens.accessToken(locationId);
    if (token == null || token.isBlank()) {
      throw new IllegalStateException("the AccessTokenProvider gave no token"
          + (locationId == null ? "" : " for location " + locationId));
    }
    return Map.of("Authorization", "Bearer " + token, "Version", apiVersion, "User-Agent", userAgent);
  }
}
