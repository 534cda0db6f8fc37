package com.hoopai.invoices.client.oauth;

import java.time.Duration;
import java.time.Instant;

/** The one rule for whether a token held in memory can be handed out, shared by both token providers. */
final class Freshness {

  private Freshness() {
  }

  /**
   * Whether an access token serves a caller. Ahead of expiry ({@code rejected} null) it must outlast the
   * margin, so a refresh happens before the server would refuse it; after a 401 it only has to be another
   * token than the refused one and not expired, since any fresh token is better than a replay with the old.
   *
   * @param accessToken the token, or {@code null} when there is none yet
   * @param expiresAt when it expires
   * @param rejected the token the server refused, or {@code null}
   * @param now now
   * @param margin how long before expiry a token stops serving calls ahead of expiry
   */
  static boolean serves(String accessToken, Instant expiresAt, String rejected, Instant now, Duration margin) {
    if (accessToken == null || accessToken.equals(rejected)) {
      return false;
    }
    return now.plus(rejected == null ? margin : Duration.ZERO).isBefore(expiresAt);
  }

  static boolean serves(StoredTokens tokens, String rejected, Instant now, Duration margin) {
    return tokens != null && serves(tokens.accessToken(), tokens.expiresAt(), rejected, now, margin);
  }
}
