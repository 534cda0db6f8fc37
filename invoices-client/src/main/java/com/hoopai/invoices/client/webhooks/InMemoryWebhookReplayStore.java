package com.hoopai.invoices.client.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The default {@link WebhookReplayStore}: the ids of one process, in memory, at most {@code maxEntries}
 * (the oldest are dropped first, expired ones before that). Use {@link JdbcWebhookReplayStore} when
 * several app instances receive webhooks.
 *
 * <pre>{@code
 * WebhookReplayStore store = new InMemoryWebhookReplayStore(50_000);
 * }</pre>
 */
public final class InMemoryWebhookReplayStore implements WebhookReplayStore {

  /** How many ids the default store keeps. */
  public static final int DEFAULT_MAX_ENTRIES = 100_000;

  private final int maxEntries;
  private final Clock clock;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  /** A store of {@value #DEFAULT_MAX_ENTRIES} ids at most. */
  public InMemoryWebhookReplayStore() {
    this(DEFAULT_MAX_ENTRIES);
  }

  /**
   * A store of at most {@code maxEntries} ids.
   *
   * @param maxEntries positive
   */
  public InMemoryWebhookReplayStore(int maxEntries) {
    this(maxEntries, Clock.systemUTC());
  }

  /**
   * A store of at most {@code maxEntries} ids, judging expiry with the clock.
   *
   * @param maxEntries positive
   * @param clock the clock
   */
  public InMemoryWebhookReplayStore(int maxEntries, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
    }
    this.maxEntries = maxEntries;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized boolean markIfNew(String webhookId, Instant expiresAt) {
    Objects.requireNonNull(webhookId, "webhookId");
    Instant now = clock.instant();
    Instant known = seen.get(webhookId);
    if (known != null && known.isAfter(now)) {
      return false;
    }
    seen.remove(webhookId);
    if (seen.size() >= maxEntries) {
      evict(now);
    }
    seen.put(webhookId, expiresAt);
    return true;
  }

  /**
   * How many ids are held.
   *
   * @return the count, expired ids not yet dropped included
   */
  public synchronized int size() {
    return seen.size();
  }

  private void evict(Instant now) {
    for (Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator(); it.hasNext(); ) {
      if (!it.next().getValue().isAfter(now)) {
        it.remove();
      }
    }
    // Still full: drop the oldest, the ids closest to falling out of the timestamp window anyway.
    Iterator<String> oldest = seen.keySet().iterator();
    while (seen.size() >= maxEntries && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
  }

  @Override
  public synchronized String toString() {
    return "InMemoryWebhookReplayStore{size=" + seen.size() + ", maxEntries=" + maxEntries + "}";
  }
}
