package com.hoopai.invoices.client;

import java.util.Objects;

/** A fixed token; kept out of {@code toString}. */
final class StaticAccessTokenProvider implements AccessTokenProvider {
  private final String token;

  StaticAccessTokenProvider(String token) {
    this.token = Objects.requireNonNull(token);
  }

  @Override
  public String accessToken(String locationId) {
    return token;
  }

  @Override
  public String toString() {
    return "StaticAccessTokenProvider[token=<redacted>]";
  }
}
