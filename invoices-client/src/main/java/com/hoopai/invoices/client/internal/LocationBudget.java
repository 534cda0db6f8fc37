package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.RateLimitInfo;
import java.util.concurrent.TimeUnit;

/**
 * The request budget of one location: a sliding window of send times, at most {@code max} sends in any
 * window of {@code window} plus a margin. The server counts arrivals, not sends, and an arrival lags its
 * send by up to the request's latency; a margin of at least the longest recent latency keeps any window of
 * arrivals within the limit. It starts with the API's documented 100 per 10 seconds and learns the real
 * figures from the {@code X-RateLimit-*} headers.
 */
final class LocationBudget {

  static final int DEFAULT_MAX = 100;
  static final long DEFAULT_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(10);

  private final SendTimes sends = new SendTimes();
  private int max = DEFAULT_MAX;
  private long windowNanos = DEFAULT_WINDOW_NANOS;
  private long blockedUntil = Long.MIN_VALUE;
  private long latencyNanos;
  private volatile RateLimitInfo lastSeen;

  /**
   * Books the next send and says how long to wait for it.
   *
   * @param now the current {@code System.nanoTime()}
   * @return nanoseconds to wait before sending (0 when the budget allows it now)
   */
  synchronized long reserve(long now) {
    long window = effectiveWindow();
    long at = Math.max(now, blockedUntil);
    if (!sends.isEmpty()) {
      at = Math.max(at, sends.peekLast()); // first come, first served
    }
    while (!sends.isEmpty() && sends.peekFirst() + window <= at) {
      sends.pollFirst();
    }
    while (sends.size() >= max) {
      at = Math.max(at, sends.pollFirst() + window);
    }
    sends.addLast(at);
    return at - now;
  }

  /**
   * Learns from an answer's headers: the window, the limit, and an exhausted budget.
   *
   * @param info the answer's limits, or null when it carried none
   * @param status the answer's status
   * @param retryAfterNanos the server's Retry-After in nanoseconds, or -1
   * @param latency nanoseconds from sending the request to receiving the answer's headers
   * @param now the current {@code System.nanoTime()}
   */
  synchronized void observe(RateLimitInfo info, int status, long retryAfterNanos, long latency, long now) {
    // The longest recent latency, decaying slowly (by 1/16 per answer) once the network calms down.
    latencyNanos = Math.max(latency, latencyNanos - (latencyNanos >> 4));
    if (info != null) {
      lastSeen = info;
      info.max().ifPresent(value -> max = Math.max(1, value));
      info.intervalMillis().ifPresent(value -> windowNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(1, value)));
      if (info.remaining().isPresent() && info.remaining().getAsInt() <= 0) {
        blockedUntil = Math.max(blockedUntil, now + windowNanos);
      }
    }
    if (status == 429) {
      blockedUntil = Math.max(blockedUntil, now + (retryAfterNanos >= 0 ? retryAfterNanos : windowNanos));
    }
  }

  RateLimitInfo lastSeen() {
    return lastSeen;
  }

  /** The window plus a margin: the longest recent latency, and at least 10 % of the window or 50 ms. */
  private long effectiveWindow() {
    long floor = Math.max(windowNanos / 10, TimeUnit.MILLISECONDS.toNanos(50));
    return windowNanos + Math.max(floor, latencyNanos);
  }

  /**
   * The booked send times, oldest first: a ring of primitive longs that doubles when full, so booking a
   * send allocates nothing (a deque of boxed longs made one object per call and kept them alive for a whole
   * window, which the garbage collector then copied over and over).
   */
  private static final class SendTimes {
    private long[] times = new long[128];
    private int head;
    private int size;

    boolean isEmpty() {
      return size == 0;
    }

    int size() {
      return size;
    }

    long peekFirst() {
      return times[head];
    }

    long peekLast() {
      return times[(head + size - 1) & (times.length - 1)];
    }

    long pollFirst() {
      long first = times[head];
      head = (head + 1) & (times.length - 1);
      size--;
      return first;
    }

    void addLast(long time) {
      if (size == times.length) {
        long[] larger = new long[times.length * 2];
        for (int i = 0; i < size; i++) {
          larger[i] = times[(head + i) & (times.length - 1)];
        }
        times = larger;
        head = 0;
      }
      times[(head + size) & (times.length - 1)] = time;
      size++;
    }
  }
}
