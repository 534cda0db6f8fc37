package com.hoopai.invoices.client;

/**
 * Hears every API call a client makes, for metrics and tracing: each retry, and how each call ended. Every
 * method has an empty default. Called on the caller's thread, synchronously: keep it quick. An exception
 * thrown by a listener is logged and ignored, never passed to the caller.
 *
 * <pre>{@code
 * InvoicesClient client = InvoicesClient.builder()
 *     .accessToken(token)
 *     .callListener(new CallListener() {
 *       @Override public void onCallEnd(CallEvent call) {
 *         timer(call.operationId(), call.statusCode()).record(call.duration());
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Events name the operation (the spec's operationId, such as {@code getInvoice}), never ids, bodies or
 * tokens.
 */
public interface CallListener {

  /** A listener that does nothing. */
  CallListener NONE = new CallListener() {
    @Override
    public String toString() {
      return "CallListener.NONE";
    }
  };

  /**
   * A failed attempt is about to be sent again, after the retry policy's wait.
   *
   * @param operationId the operation, such as {@code getInvoice}
   * @param attempt the number of the attempt about to start: 2 for the first retry
   * @param failure why the previous attempt failed
   */
  default void onRetry(String operationId, int attempt, Throwable failure) {
  }

  /**
   * A call returned or threw: once per call, after its retries (and a replay after a refreshed token).
   *
   * @param call what happened
   */
  default void onCallEnd(CallEvent call) {
  }

  /**
   * The shared rate-limit store failed or answered too slowly: calls are paced by this process alone (and
   * 429s retried) until it answers again. Called once per outage.
   *
   * @param cause the store's failure
   */
  default void onRateLimitStoreUnavailable(Throwable cause) {
  }

  /**
   * The shared rate-limit store answers again after an outage; calls share its budget again.
   *
   * @param outage how long it was unavailable
   */
  default void onRateLimitStoreRecovered(java.time.Duration outage) {
  }

  /**
   * This listener, then another.
   *
   * @param next called after this one
   * @return the combined listener
   */
  default CallListener andThen(CallListener next) {
    CallListener first = this;
    return new CallListener() {
      @Override
      public void onRetry(String operationId, int attempt, Throwable failure) {
        first.onRetry(operationId, attempt, failure);
        next.onRetry(operationId, attempt, failure);
      }

      @Override
      public void onCallEnd(CallEvent call) {
        first.onCallEnd(call);
        next.onCallEnd(call);
      }

      @Override
      public void onRateLimitStoreUnavailable(Throwable cause) {
        first.onRateLimitStoreUnavailable(cause);
        next.onRateLimitStoreUnavailable(cause);
      }

      @Override
      public void onRateLimitStoreRecovered(java.time.Duration outage) {
        first.onRateLimitStoreRecovered(outage);
        next.onRateLimitStoreRecovered(outage);
      }
    };
  }
}
