package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.CallListener;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Whether the shared rate-limit store is answering. After a failure the store is left alone for a pause (one
 * call then probes it), so an outage costs each call nothing; the outage is logged once when it starts and
 * once when it ends, and reported to the {@link CallListener}.
 */
final class StoreHealth {

  static final long PROBE_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final String storeName;
  private final CallListener listener;
  private final System.Logger log = System.getLogger("com.hoopai.invoices.ratelimit");
  private boolean down;
  private long downSince;
  private long probeAt;
  private volatile boolean degraded;

  StoreHealth(String storeName, CallListener listener) {
    this.storeName = storeName;
    this.listener = listener;
  }

  /**
   * Whether to ask the store now: always while it works; during an outage, one caller per pause.
   *
   * @param now the current {@code System.nanoTime()}
   * @return true to ask it
   */
  boolean shouldAsk(long now) {
    if (!degraded) {
      return true;
    }
    synchronized (this) {
      if (down && now - probeAt >= 0) {
        probeAt = now + PROBE_PAUSE_NANOS;
        return true;
      }
      return false;
    }
  }

  /** The store answered. */
  void succeeded(long now) {
    if (!degraded) {
      return;
    }
    Duration outage;
    synchronized (this) {
      if (!down) {
        return;
      }
      down = false;
      degraded = false;
      outage = Duration.ofNanos(now - downSince);
    }
    log.log(System.Logger.Level.INFO, "rate-limit store " + storeName + " answers again after "
        + outage.toMillis() + " ms; the budget is shared again");
    notify(() -> listener.onRateLimitStoreRecovered(outage));
  }

  /** The store failed or was too slow: pace in this process until a probe succeeds. */
  void failed(Throwable cause, long now) {
    synchronized (this) {
      probeAt = now + PROBE_PAUSE_NANOS;
      if (down) {
        return;
      }
      down = true;
      degraded = true;
      downSince = now;
    }
    // Once per outage; the message names the store and the failure's class, never a URL with a password.
    log.log(System.Logger.Level.WARNING, "rate-limit store " + storeName + " is unavailable ("
        + cause.getClass().getSimpleName() + "); pacing in this process until it answers");
    notify(() -> listener.onRateLimitStoreUnavailable(cause));
  }

  /** Whether calls are paced in this process because the store failed. */
  boolean degraded() {
    return degraded;
  }

  private static void notify(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      System.getLogger("com.hoopai.invoices.client")
          .log(System.Logger.Level.WARNING, "a CallListener threw; ignored", e);
    }
  }
}
