package com.hoopai.invoices.client.internal;

/**
 * The lowest value reported within the last one to two periods, kept up to date as values arrive so that
 * reading it costs O(1): two slots, the current period's minimum and the previous one's. Values older than
 * two periods are forgotten, so a location that ran dry once and was never called again does not hold the
 * figure down for ever.
 */
final class LowestRecent {

  private final long periodNanos;
  private long periodStart;
  private long current = Long.MAX_VALUE;
  private long previous = Long.MAX_VALUE;

  LowestRecent(long periodNanos, long now) {
    this.periodNanos = periodNanos;
    this.periodStart = now;
  }

  synchronized void record(long value, long now) {
    roll(now);
    if (value < current) {
      current = value;
    }
  }

  /**
   * The lowest recent value.
   *
   * @param now the current {@code System.nanoTime()}
   * @return the value, or {@link Long#MAX_VALUE} when none was reported recently
   */
  synchronized long lowest(long now) {
    roll(now);
    return Math.min(current, previous);
  }

  private void roll(long now) {
    long elapsed = now - periodStart;
    if (elapsed < periodNanos) {
      return;
    }
    previous = elapsed < 2 * periodNanos ? current : Long.MAX_VALUE;
    current = Long.MAX_VALUE;
    periodStart = elapsed < 2 * periodNanos ? periodStart + periodNanos : now;
  }
}
