package com.hoopai.invoices.client.oauth;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The tokens of every key in memory. Bounded by use: a key that works and has been idle for
 * {@link #IDLE_EVICTION_NANOS} is dropped (its tokens are in the store and are loaded again at its next use),
 * while a key with a problem stays so that its status can be seen. The sweep runs at most once a minute, on
 * the thread of whichever call finds it due, so a provider needs no thread of its own.
 */
final class TokenCache {

  /** A key that works and has not been used for this long is dropped from memory. */
  static final long IDLE_EVICTION_NANOS = TimeUnit.MINUTES.toNanos(10);
  private static final long SWEEP_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final ConcurrentMap<String, KeyTokens> entries = new ConcurrentHashMap<>();
  private final StatusBoard board = new StatusBoard();
  private final AtomicBoolean sweeping = new AtomicBoolean();
  private volatile long nextSweep = System.nanoTime() + SWEEP_INTERVAL_NANOS;

  /** The key's entry, created when missing, and marked as used now. */
  KeyTokens entry(String key) {
    long now = System.nanoTime();
    if (now - nextSweep >= 0) {
      sweep(now);
    }
    KeyTokens entry = entries.get(key);
    if (entry == null) {
      entry = entries.computeIfAbsent(key, k -> {
        board.added(k);
        return new KeyTokens();
      });
    }
    entry.lastUsed = now;
    return entry;
  }

  /** The key's entry, or {@code null}; changes nothing. */
  KeyTokens find(String key) {
    return entries.get(key);
  }

  /** Notes an entry's state after a flight, unless the entry was dropped meanwhile. */
  void noteState(String key, KeyTokens entry) {
    if (entries.get(key) == entry) {
      board.note(key, entry);
    }
  }

  /** The keys held, sorted. */
  List<String> sortedKeys() {
    return entries.keySet().stream().sorted().toList();
  }

  /** How many keys are held. */
  int size() {
    return entries.size();
  }

  /** Counts by state and the keys that need attention. */
  TokenStatusSummary summary() {
    return board.summary(entries.size());
  }

  private void sweep(long now) {
    if (!sweeping.compareAndSet(false, true)) {
      return;
    }
    try {
      nextSweep = now + SWEEP_INTERVAL_NANOS;
      entries.entrySet().removeIf(entry -> now - entry.getValue().lastUsed >= IDLE_EVICTION_NANOS
          && entry.getValue().settled() && !board.flagged(entry.getKey()));
    } finally {
      sweeping.set(false);
    }
  }
}
