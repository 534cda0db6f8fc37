package com.hoopai.invoices.ratelimit.internal;

import com.hoopai.invoices.client.ratelimit.RateLimitStore;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;

/**
 * Books one request in a bucket with one round trip: Bucket4j's blocking consume reserves the token and
 * computes the wait in the store, then asks its {@link BlockingStrategy} to park; the strategy here only
 * notes the wait, and the client's governor does the waiting (outside any lock or connection).
 */
public final class Bookings {

  private Bookings() {
  }

  /**
   * Books one request.
   *
   * @param bucket the bucket
   * @param maxWaitNanos the longest acceptable wait
   * @return the wait in nanoseconds, or {@link RateLimitStore#NOT_WITHIN_MAX_WAIT}
   */
  public static long book(Bucket bucket, long maxWaitNanos) {
    Wait wait = new Wait();
    try {
      return bucket.asBlocking().tryConsume(1, maxWaitNanos, wait) ? wait.nanos
          : RateLimitStore.NOT_WITHIN_MAX_WAIT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();   // never thrown: Wait does not park
      throw new IllegalStateException("interrupted while booking", e);
    }
  }

  private static final class Wait implements BlockingStrategy {
    long nanos;

    @Override
    public void park(long nanosToPark) {
      nanos = nanosToPark;
    }
  }
}
