package com.hoopai.invoices.client;

import java.util.function.BiConsumer;

/**
 * Wraps every API call a client makes, for tracing: it hears the call begin, adds headers to each HTTP
 * attempt (a trace context such as {@code traceparent}), and hears the call end. Where a {@link CallListener}
 * only hears what happened, an interceptor holds per-call state between the three points, which is what a
 * span or a Micrometer {@code Observation} needs.
 *
 * <pre>{@code
 * CallInterceptor tracing = (operationId, idempotent) -> {
 *   Span span = tracer.spanBuilder(operationId).startSpan();
 *   return new CallInterceptor.Call() {
 *     @Override public void beforeAttempt(int attempt, BiConsumer<String, String> header) {
 *       header.accept("traceparent", traceparentOf(span));
 *     }
 *     @Override public void end(CallEvent call) {
 *       span.end();
 *     }
 *   };
 * };
 * InvoicesClient client = InvoicesClient.builder().accessToken(token).callInterceptor(tracing).build();
 * }</pre>
 *
 * <p>Everything runs on the caller's thread, synchronously: {@link #begin} after the call's arguments were
 * checked and before anything is sent, {@link Call#beforeAttempt} once per HTTP attempt (retries and the
 * replay after a refreshed token included), {@link Call#end} exactly once, after the call's last attempt,
 * before the {@link CallListener} hears it. An exception thrown by an interceptor is logged and ignored, never
 * passed to the caller; headers it tries to set that the client owns ({@code Authorization}, {@code Version},
 * {@code User-Agent}) are refused the same way.
 */
@FunctionalInterface
public interface CallInterceptor {

  /** An interceptor that does nothing. */
  CallInterceptor NONE = new CallInterceptor() {
    @Override
    public Call begin(String operationId, boolean idempotent) {
      return Call.NONE;
    }

    @Override
    public String toString() {
      return "CallInterceptor.NONE";
    }
  };

  /**
   * A call begins.
   *
   * @param operationId the spec's operationId, such as {@code getInvoice}
   * @param idempotent whether the operation is safe to repeat
   * @return what follows this call; {@link Call#NONE} to follow nothing
   */
  Call begin(String operationId, boolean idempotent);

  /**
   * This interceptor, then another: both begin (this one first), both add headers, both end (the other first,
   * so the scopes nest).
   *
   * @param next the other interceptor
   * @return the combined interceptor
   */
  default CallInterceptor andThen(CallInterceptor next) {
    CallInterceptor first = this;
    return (operationId, idempotent) -> {
      Call outer = first.begin(operationId, idempotent);
      Call inner = next.begin(operationId, idempotent);
      return new Call() {
        @Override
        public void beforeAttempt(int attempt, BiConsumer<String, String> header) {
          outer.beforeAttempt(attempt, header);
          inner.beforeAttempt(attempt, header);
        }

        @Override
        public void end(CallEvent call) {
          try {
            inner.end(call);
          } finally {
            outer.end(call);
          }
        }
      };
    };
  }

  /**
   * One call in flight, as an interceptor follows it.
   *
   * <pre>{@code
   * public void beforeAttempt(int attempt, BiConsumer<String, String> header) {
   *   header.accept("traceparent", traceparent);
   * }
   * }</pre>
   */
  interface Call {

    /** Follows nothing. */
    Call NONE = new Call() {
      @Override
      public String toString() {
        return "CallInterceptor.Call.NONE";
      }
    };

    /**
     * An HTTP attempt of the call is about to be built: {@code header} adds a header to it (a later value of
     * the same name replaces an earlier one).
     *
     * @param attempt 1 for the first attempt, 2 for the next (a retry, or the replay after a refreshed token)
     * @param header takes a header's name and value
     */
    default void beforeAttempt(int attempt, BiConsumer<String, String> header) {
    }

    /**
     * The call returned or threw; called once.
     *
     * @param call what happened: operation, duration, attempts, last status, failure
     */
    default void end(CallEvent call) {
    }
  }
}
