package com.hoopai.invoices.client.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Status reporting: a key's status, and the summary kept up to date as keys change state. */
class StatusBoardTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private final StatusBoard board = new StatusBoard();
  private final RefreshBackoff backoff = RefreshBackoff.defaults();

  @Test
  void theSummaryCountsEveryStateAndListsOnlyTheKeysThatNeedAttention() {
    note("locValid", valid());
    note("locFailing", failing());
    note("locRefused", refused());
    note("locPending", pending());
    board.added("locLoading");

    TokenStatusSummary summary = board.summary(5);

    assertThat(summary.keys()).isEqualTo(5);
    assertThat(summary.count(TokenStatus.State.VALID)).isEqualTo(1);
    assertThat(summary.count(TokenStatus.State.REFRESH_FAILING)).isEqualTo(1);
    assertThat(summary.count(TokenStatus.State.REAUTHORIZATION_REQUIRED)).isEqualTo(1);
    assertThat(summary.count(TokenStatus.State.SAVE_PENDING)).isEqualTo(1);
    assertThat(summary.count(TokenStatus.State.NOT_LOADED)).isEqualTo(1);
    assertThat(summary.attention()).containsExactlyInAnyOrder("locFailing: REFRESH_FAILING",
        "locRefused: REAUTHORIZATION_REQUIRED", "locPending: SAVE_PENDING");
  }

  @Test
  void aKeyThatRecoversLeavesTheAttentionList() {
    KeyTokens entry = failing();
    note("loc1", entry);
    entry.failure = null;

    note("loc1", entry);

    assertThat(board.flagged("loc1")).isFalse();
    assertThat(board.summary(1).attention()).isEmpty();
    assertThat(board.summary(1).count(TokenStatus.State.VALID)).isEqualTo(1);
  }

  @Test
  void theAttentionListIsCappedWhileTheCountsAreNot() {
    int keys = TokenStatusSummary.MAX_LISTED + 5;
    for (int i = 0; i < keys; i++) {
      note("loc" + i, refused());
    }

    TokenStatusSummary summary = board.summary(keys);

    assertThat(summary.attention()).hasSize(TokenStatusSummary.MAX_LISTED);
    assertThat(summary.count(TokenStatus.State.REAUTHORIZATION_REQUIRED)).isEqualTo(keys);
    assertThat(summary.count(TokenStatus.State.VALID)).isZero();
  }

  @Test
  void aKeyNotInMemoryIsNotLoaded() {
    TokenStatus status = StatusBoard.status("locUnknown", null);

    assertThat(status.state()).isEqualTo(TokenStatus.State.NOT_LOADED);
    assertThat(status.version()).isEqualTo(-1);
    assertThat(status.expiresAt()).isNull();
    assertThat(status.lastError()).isNull();
  }

  @Test
  void aFailingKeyShowsWhenItIsRetriedAndARefusedOneDoesNot() {
    KeyTokens failing = failing();
    KeyTokens refused = refused();

    TokenStatus failingStatus = StatusBoard.status("loc1", failing);
    TokenStatus refusedStatus = StatusBoard.status("loc2", refused);

    assertThat(failingStatus.state()).isEqualTo(TokenStatus.State.REFRESH_FAILING);
    assertThat(failingStatus.retryAfter()).isEqualTo(NOW.plusSeconds(1));
    assertThat(failingStatus.lastError()).isSameAs(failing.failure.error());
    assertThat(failingStatus.version()).isEqualTo(3);
    assertThat(refusedStatus.state()).isEqualTo(TokenStatus.State.REAUTHORIZATION_REQUIRED);
    assertThat(refusedStatus.retryAfter()).isNull();
  }

  private void note(String key, KeyTokens entry) {
    board.added(key);
    board.note(key, entry);
  }

  private static KeyTokens valid() {
    KeyTokens entry = new KeyTokens();
    entry.current = StoredTokens.builder().key("loc").userType(UserType.LOCATION).accessToken("at-1")
        .refreshToken("rt-1").expiresAt(NOW.plus(Duration.ofHours(1))).version(3).build();
    return entry;
  }

  private KeyTokens failing() {
    KeyTokens entry = valid();
    entry.failure = backoff.failed(null, new OAuthException("502", "loc", null, 502, null, true, null), NOW);
    return entry;
  }

  private KeyTokens refused() {
    KeyTokens entry = valid();
    entry.failure = backoff.refused(new ReauthorizationRequiredException("loc", UserType.LOCATION, "refused",
        "/oauth/token", 400, "Invalid grant"), NOW, "rt-1");
    return entry;
  }

  private static KeyTokens pending() {
    KeyTokens entry = valid();
    entry.pending = new KeyTokens.Pending(entry.current.toBuilder().version(4).build(), 3);
    return entry;
  }
}
