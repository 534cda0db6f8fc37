package com.hoopai.invoices.client.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The default replay store: ids remembered until they expire, never more than its bound. */
class InMemoryWebhookReplayStoreTest {

  private static final Instant NOW = Instant.parse("2026-03-04T12:00:00Z");
  private final InMemoryWebhookReplayStore store = new InMemoryWebhookReplayStore(3, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void anIdIsSeenOnceUntilItExpires() {
    assertThat(store.markIfNew("a", NOW.plusSeconds(60))).isTrue();
    assertThat(store.markIfNew("a", NOW.plusSeconds(60))).isFalse();
    assertThat(store.markIfNew("old", NOW)).isTrue();
    assertThat(store.markIfNew("old", NOW.plusSeconds(60))).as("expired: new again").isTrue();
  }

  @Test
  void aFullStoreDropsExpiredIdsFirstThenTheOldest() {
    store.markIfNew("expired", NOW);
    store.markIfNew("a", NOW.plusSeconds(60));
    store.markIfNew("b", NOW.plusSeconds(60));
    store.markIfNew("c", NOW.plusSeconds(60));
    assertThat(store.size()).isEqualTo(3);
    assertThat(store.markIfNew("a", NOW.plusSeconds(60))).as("the expired id made room").isFalse();

    store.markIfNew("d", NOW.plusSeconds(60));

    assertThat(store.size()).isEqualTo(3);
    assertThat(store.markIfNew("d", NOW.plusSeconds(60))).isFalse();
    assertThat(store.markIfNew("b", NOW.plusSeconds(60))).isFalse();
  }

  @Test
  void theBoundMustBePositive() {
    assertThatThrownBy(() -> new InMemoryWebhookReplayStore(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxEntries must be positive: 0");
  }
}
