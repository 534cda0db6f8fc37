package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.AccessTokenProvider;
import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * The one place that adds the headers every request carries: {@code Authorization} (asking the
 * {@link AccessTokenProvider} for the request's location), {@code Version} and {@code User-Agent}.
 */
final class RequestHeadersInterceptor implements RequestInterceptor {

  private final AccessTokenProvider tokens;
  private final String apiVersion;
  private final String userAgent;

  RequestHeadersInterceptor(AccessTokenProvider tokens, String apiVersion, String userAgent) {
    this.tokens = tokens;
    this.apiVersion = apiVersion;
    this.userAgent = userAgent;
  }

  @Override
  public void apply(RequestTemplate template) {
    String locationId = LocationHint.resolve(template);
    String token = tokens.accessToken(locationId);
    if (token == null || token.isBlank()) {
      throw new IllegalStateException("the AccessTokenProvider gave no token"
          + (locationId == null ? "" : " for location " + locationId));
    }
    template.headerLiteral("Authorization", "Bearer " + token);
    template.headerLiteral("Version", apiVersion);
    template.headerLiteral("User-Agent", userAgent);
  }
}
