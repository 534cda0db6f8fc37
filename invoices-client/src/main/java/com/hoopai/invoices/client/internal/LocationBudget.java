package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.RateLimitInfo;
import com.hoopai.invoices.client.ratelimit.RateLimitBands;
import com.hoopai.invoices.client.ratelimit.RateLimitKey;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The request budget of one location in this process: a sliding window of send times, at most {@code max}
 * sends in any window of {@code window} plus a margin. The server counts arrivals, not sends, and an arrival
 * lags its send by up to the request's latency; a margin of at least the longest recent latency keeps any
 * window of arrivals within the limit. It starts with the API's documented 100 per 10 seconds and learns the
 * real figures from the {@code X-RateLimit-*} headers; an answer saying the budget is spent, or a 429, stops
 * every send until the server's window (or {@code Retry-After}) has passed.
 *
 * <p>With a shared store the store decides the pace; the window still records this process's sends so that
 * if the store fails, this process paces to the share it had ({@link #reserveAlone}). After a 429 the local
 * pace is halved (other processes are evidently spending the same budget) and recovers by a tenth of the
 * limit per clean window.
 */
final class LocationBudget {

  static final int DEFAULT_MAX = RateLimitBands.DOCUMENTED.max();
  static final long DEFAULT_WINDOW_NANOS = RateLimitBands.DOCUMENTED.window().toNanos();
  static final long DEFAULT_DAILY = RateLimitBands.DOCUMENTED.dailyLimit();

  private final RateLimitKey key;
  private final SendTimes sends = new SendTimes();
  private RateLimitBands bands = RateLimitBands.DOCUMENTED;
  private int max = DEFAULT_MAX;
  private int pace = DEFAULT_MAX;
  private long paceRaisedAt;
  private boolean fallingBack;
  private long windowNanos = DEFAULT_WINDOW_NANOS;
  private long blockedUntil;
  private boolean blocked;
  private long latencyNanos;
  private volatile long lastUsed;
  private volatile RateLimitInfo lastSeen;

  LocationBudget(RateLimitKey key, long now) {
    this.key = key;
    this.lastUsed = now;
  }

  RateLimitKey key() {
    return key;
  }

  /**
   * Books the next send by this process's own pacing and says how long to wait for it.
   *
   * @param now the current {@code System.nanoTime()}
   * @return nanoseconds to wait before sending (0 when the budget allows it now)
   */
  synchronized long reserve(long now) {
    lastUsed = now;
    long window = effectiveWindow();
    long at = blocked ? Math.max(now, blockedUntil) : now;
    if (!sends.isEmpty() && sends.peekLast() - at > 0) {
      at = sends.peekLast(); // first come, first served
    }
    prune(at, window);
    while (sends.size() >= pace) {
      long freed = sends.pollFirst() + window;
      if (freed - at > 0) {
        at = freed;
      }
    }
    sends.addLast(at);
    return at - now;
  }

  /**
   * Books the next send by this process's own pacing because the shared store failed. The first time, the
   * pace drops to this process's recent share of the budget (the sends the store booked for it in the last
   * window, at least one): the other replicas are still sending, and each pacing to the whole limit would
   * meet 429s. It grows back by a tenth of the limit per clean window.
   *
   * @param now the current {@code System.nanoTime()}
   * @return nanoseconds to wait before sending
   */
  synchronized long reserveAlone(long now) {
    if (!fallingBack) {
      fallingBack = true;
      prune(now, effectiveWindow());
      pace = Math.max(1, Math.min(max, sends.size()));
      paceRaisedAt = now;
    }
    return reserve(now);
  }

  /**
   * How long the server's own answers say to hold every send (a spent budget, a 429), from now.
   *
   * @param now the current {@code System.nanoTime()}
   * @return nanoseconds, 0 when nothing holds sends back
   */
  synchronized long heldFor(long now) {
    lastUsed = now;
    return blocked && blockedUntil - now > 0 ? blockedUntil - now : 0;
  }

  /**
   * Records a send booked by the shared store, so this process's window knows it if the store fails.
   *
   * @param at when the request will be sent ({@code System.nanoTime()})
   */
  synchronized void booked(long at) {
    if (fallingBack) {
      fallingBack = false;
      pace = max;
    }
    if (!sends.isEmpty() && sends.peekLast() - at > 0) {
      at = sends.peekLast();
    }
    prune(at, effectiveWindow());
    if (sends.size() >= max) {
      sends.pollFirst();
    }
    sends.addLast(at);
  }

  /** The limits to book against, as last reported. */
  synchronized RateLimitBands bands() {
    return bands;
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
    lastUsed = now;
    // The longest recent latency, decaying slowly (by 1/16 per answer) once the network calms down.
    latencyNanos = Math.max(latency, latencyNanos - (latencyNanos >> 4));
    if (info != null) {
      lastSeen = info;
      learn(info);
      if (info.remaining().isPresent() && info.remaining().getAsInt() <= 0) {
        block(now + windowNanos);
      }
      if (info.dailyRemaining().isPresent() && info.dailyRemaining().getAsLong() <= 0) {
        block(now + windowNanos);
      }
    }
    if (status == 429) {
      block(now + (retryAfterNanos >= 0 ? retryAfterNanos : windowNanos));
      pace = Math.max(1, Math.min(pace, max) / 2);
      paceRaisedAt = now;
    } else if (pace < max && now - paceRaisedAt >= effectiveWindow()) {
      pace = Math.min(max, pace + Math.max(1, max / 10));
      paceRaisedAt = now;
    }
  }

  RateLimitInfo lastSeen() {
    return lastSeen;
  }

  /**
   * Whether nothing about this budget matters any more: no send, answer or hold within its window.
   *
   * @param now the current {@code System.nanoTime()}
   * @return true when it can be forgotten (a new one would pace the same)
   */
  synchronized boolean idle(long now) {
    long window = effectiveWindow();
    boolean held = blocked && blockedUntil - now > 0;
    boolean recentSend = !sends.isEmpty() && now - sends.peekLast() < window;
    return !held && !recentSend && now - lastUsed >= window;
  }

  /** The number of send times held, for tests. */
  synchronized int capacity() {
    return sends.capacity();
  }

  private void learn(RateLimitInfo info) {
    int newMax = info.max().isPresent() ? Math.max(1, info.max().getAsInt()) : max;
    long newWindow = info.intervalMillis().isPresent()
        ? TimeUnit.MILLISECONDS.toNanos(Math.max(1, info.intervalMillis().getAsLong())) : windowNanos;
    long daily = info.dailyLimit().isPresent() ? Math.max(1, info.dailyLimit().getAsLong()) : bands.dailyLimit();
    if (newMax != max) {
      pace = pace >= max ? newMax : Math.min(pace, newMax);
      max = newMax;
    }
    windowNanos = newWindow;
    if (newMax != bands.max() || newWindow != bands.window().toNanos() || daily != bands.dailyLimit()) {
      bands = new RateLimitBands(newMax, Duration.ofNanos(newWindow), daily);
    }
  }

  private void block(long until) {
    if (!blocked || until - blockedUntil > 0) {
      blockedUntil = until;
      blocked = true;
    }
  }

  private void prune(long at, long window) {
    while (!sends.isEmpty() && sends.peekFirst() + window - at <= 0) {
      sends.pollFirst();
    }
  }

  /** The window plus a margin: the longest recent latency, and at least 10 % of the window or 50 ms. */
  private long effectiveWindow() {
    long floor = Math.max(windowNanos / 10, TimeUnit.MILLISECONDS.toNanos(50));
    return windowNanos + Math.max(floor, latencyNanos);
  }

  /**
   * The booked send times, oldest first: a ring of primitive longs (booking allocates nothing) that starts
   * with room for 2, doubles when full and halves when a quarter full, so a location called once holds 2
   * slots, not the limit's 100.
   */
  private static final class SendTimes {
    private static final int MIN = 2;
    private long[] times = new long[MIN];
    private int head;
    private int size;

    boolean isEmpty() {
      return size == 0;
    }

    int size() {
      return size;
    }

    int capacity() {
      return times.length;
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
      if (times.length > MIN && size <= times.length / 4) {
        resize(times.length / 2);
      }
      return first;
    }

    void addLast(long time) {
      if (size == times.length) {
        resize(times.length * 2);
      }
      times[(head + size) & (times.length - 1)] = time;
      size++;
    }

    private void resize(int length) {
      long[] resized = new long[length];
      for (int i = 0; i < size; i++) {
        resized[i] = times[(head + i) & (times.length - 1)];
      }
      times = resized;
      head = 0;
    }
  }
}
