package com.hoopai.invoices.sandbox.server;

import com.hoopai.invoices.sandbox.server.internal.SandboxDispatcher;
import java.time.Duration;

/**
 * The server's rate limits: change them while it runs, and count the 429s it answered.
 *
 * <pre>{@code
 * server.rateLimits().set(5, Duration.ofSeconds(1));
 * assertThat(server.rateLimits().rejectedCount()).isZero();
 * }</pre>
 */
public final class RateLimits {

  private final SandboxDispatcher dispatcher;
  private final long dailyLimit;

  RateLimits(SandboxDispatcher dispatcher, long dailyLimit) {
    this.dispatcher = dispatcher;
    this.dailyLimit = dailyLimit;
  }

  /**
   * Changes the burst limit from now on (every window starts afresh), to see 429s without sending hundreds of
   * requests; a reset restores the builder's limit.
   *
   * @param max requests per window and location, 1 or more
   * @param window the window, positive
   * @return these limits
   */
  public RateLimits set(int max, Duration window) {
    SandboxServer.checkRateLimit(max, window);
    dispatcher.rateLimit(max, window, dailyLimit);
    return this;
  }

  /**
   * How many requests were answered 429 (over the burst or daily limit) since the server started; a reset
   * does not clear it.
   *
   * @return the count
   */
  public long rejectedCount() {
    return dispatcher.rateLimitedCount();
  }
}
