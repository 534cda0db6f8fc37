package com.hoopai.invoices.client;

/**
 * Which failed calls the client sends again (see {@link RetryPolicy} for how often and how long it waits).
 *
 * <pre>{@code
 * // A caller that reconciles by itself and wants one attempt only:
 * client.withRetryMode(RetryMode.NEVER).invoices().sendInvoice(invoiceId, body);
 * }</pre>
 */
public enum RetryMode {

  /**
   * The safe default. Operations that are safe to repeat (GET, PUT, DELETE, the PATCHes) are retried after
   * a connection failure, a timeout, 408, 429, 500, 502, 503 and 504. Operations that create, send or move
   * money are retried only when the server provably did not process them: the connection was refused
   * before anything was sent, or the answer was 429.
   */
  DEFAULT,

  /** No retry at all: every failure reaches the caller at once. */
  NEVER,

  /**
   * The caller vouches that every operation is safe to repeat (for example it de-duplicates by itself):
   * money-moving operations are retried like the safe ones, after timeouts and 5xx too.
   */
  ALWAYS
}
