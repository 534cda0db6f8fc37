package com.hoopai.invoices.client.oauth;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waiting for a refresh lease another process holds: polls at 20 ms doubling to 500 ms (the other refresh
 * usually ends within a few hundred milliseconds, and a long wait should not hammer the store), and gives up
 * 10 s after the lease would have run out, when the other process has evidently stopped.
 */
final class LeaseWait {

  private static final long FIRST_PAUSE_MILLIS = 20;
  private static final long MAX_PAUSE_MILLIS = 500;

  private final long deadline;
  private long pause = FIRST_PAUSE_MILLIS;

  /** Starts waiting now for a lease of this length. */
  LeaseWait(Duration lease) {
    this.deadline = System.nanoTime() + lease.plusSeconds(10).toNanos();
  }

  /** Whether the wait has lasted longer than the lease could. */
  boolean overdue() {
    return System.nanoTime() - deadline > 0;
  }

  /**
   * Sleeps before the next poll.
   *
   * @throws OAuthException if interrupted (the interrupt flag is set again)
   */
  void pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OAuthException("interrupted while waiting for another process's token refresh", null, null, 0,
          null, false, e);
    }
    pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
  }
}
