package com.hoopai.invoices.client.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a token held in memory may be handed out: ahead of expiry, and after the server refused one. */
class FreshnessTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration MARGIN = Duration.ofMinutes(5);

  @Test
  void aheadOfExpiryATokenMustOutlastTheMargin() {
    assertThat(Freshness.serves("at-1", NOW.plus(Duration.ofMinutes(6)), null, NOW, MARGIN)).isTrue();
    assertThat(Freshness.serves("at-1", NOW.plus(MARGIN), null, NOW, MARGIN)).isFalse();
    assertThat(Freshness.serves("at-1", NOW.plus(Duration.ofMinutes(4)), null, NOW, MARGIN)).isFalse();
  }

  @Test
  void afterA401AnotherUnexpiredTokenServesEvenWithinTheMargin() {
    Instant soon = NOW.plus(Duration.ofMinutes(1));

    assertThat(Freshness.serves("at-2", soon, "at-1", NOW, MARGIN)).isTrue();
    assertThat(Freshness.serves("at-1", soon, "at-1", NOW, MARGIN)).isFalse();
    assertThat(Freshness.serves("at-2", NOW, "at-1", NOW, MARGIN)).isFalse();
  }

  @Test
  void aRecordWithoutAnAccessTokenNeverServes() {
    StoredTokens refreshOnly = StoredTokens.builder().key("loc1").userType(UserType.LOCATION)
        .refreshToken("rt-1").build();

    assertThat(Freshness.serves(refreshOnly, null, NOW, Duration.ZERO)).isFalse();
    assertThat(Freshness.serves(null, null, NOW, Duration.ZERO)).isFalse();
  }
}
