package com.hoopai.invoices.client.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pause between failed refreshes of one key: its schedule, its reset, and what it remembers. */
class RefreshBackoffTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private final OAuthException error = new OAuthException("refresh failed", "loc1", null, 502, null, true, null);

  @Test
  void failuresInARowDoubleThePauseUpToTheMaximum() {
    RefreshBackoff backoff = new RefreshBackoff(Duration.ofSeconds(1), Duration.ofSeconds(10));
    List<Duration> pauses = new ArrayList<>();
    RefreshFailure failure = null;
    for (int i = 0; i < 6; i++) {
      failure = backoff.failed(failure, error, NOW);
      pauses.add(failure.backoff());
      assertThat(failure.retryAt()).isEqualTo(NOW.plus(failure.backoff()));
    }
    assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
        Duration.ofSeconds(8), Duration.ofSeconds(10), Duration.ofSeconds(10));
  }

  @Test
  void theDefaultsAreOneSecondDoublingToOneMinute() {
    RefreshBackoff backoff = RefreshBackoff.defaults();
    RefreshFailure failure = null;
    for (int i = 0; i < 10; i++) {
      failure = backoff.failed(failure, error, NOW);
    }
    assertThat(backoff.failed(null, error, NOW).backoff()).isEqualTo(Duration.ofSeconds(1));
    assertThat(failure.backoff()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aFailureBacksOffUntilItsRetryTimeAndNotAfter() {
    RefreshFailure failure = new RefreshBackoff(Duration.ofSeconds(3), Duration.ofSeconds(9))
        .failed(null, error, NOW);

    assertThat(failure.backingOff(NOW.plusSeconds(2))).isTrue();
    assertThat(failure.backingOff(NOW.plusSeconds(3))).isFalse();
    assertThat(failure.error()).isSameAs(error);
  }

  @Test
  void aFailureThatAnotherTryMayFixDoesNotPause() {
    TokenStoreException unreadable = new TokenStoreException("store unreadable", "loc1", null);

    RefreshFailure failure = RefreshBackoff.defaults().noPause(unreadable, NOW);

    assertThat(failure.backingOff(NOW)).isFalse();
    assertThat(failure.error()).isSameAs(unreadable);
  }

  @Test
  void aRefusedTokenIsRememberedAndTheNextFailureStartsTheScheduleAgain() {
    RefreshBackoff backoff = new RefreshBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60));
    RefreshFailure third = backoff.failed(backoff.failed(backoff.failed(null, error, NOW), error, NOW), error, NOW);
    ReauthorizationRequiredException invalidGrant = new ReauthorizationRequiredException("loc1", UserType.LOCATION,
        "the refresh token was refused", "/oauth/token", 400, "Invalid grant");

    RefreshFailure refused = backoff.refused(invalidGrant, NOW, "rt-spent-0001");

    assertThat(third.backoff()).isEqualTo(Duration.ofSeconds(4));
    assertThat(refused.refused(tokens("rt-spent-0001"))).isTrue();
    assertThat(refused.refused(tokens("rt-new-0002"))).isFalse();
    assertThat(third.refused(tokens("rt-spent-0001"))).isFalse();
    assertThat(backoff.failed(refused, error, NOW).backoff()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aFailureNeverShowsTheRefusedToken() {
    ReauthorizationRequiredException invalidGrant = new ReauthorizationRequiredException("loc1", UserType.LOCATION,
        "the refresh token was refused", "/oauth/token", 400, "Invalid grant");

    RefreshFailure refused = RefreshBackoff.defaults().refused(invalidGrant, NOW, "rt-secret-9f3a");

    assertThat(refused.toString()).doesNotContain("rt-secret-9f3a").contains("<redacted>");
  }

  @Test
  void aScheduleThatCannotBeFollowedIsRefusedNamingTheSetting() {
    Duration second = Duration.ofSeconds(1);
    assertThatThrownBy(() -> new RefreshBackoff(Duration.ZERO, second))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryBackoff");
    assertThatThrownBy(() -> new RefreshBackoff(second.negated(), second))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryBackoff");
    assertThatThrownBy(() -> new RefreshBackoff(Duration.ofSeconds(2), second))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryBackoff");
    assertThatThrownBy(() -> new RefreshBackoff(null, second))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryBackoff");
    assertThatThrownBy(() -> OAuthTokenProvider.builder(OAuthCredentials.of("client-1", "secret-1",
        UserType.LOCATION)).retryBackoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryBackoff");
  }

  private static StoredTokens tokens(String refreshToken) {
    return StoredTokens.builder().key("loc1").userType(UserType.LOCATION).refreshToken(refreshToken).build();
  }
}
