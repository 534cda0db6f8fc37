package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.CallEvent;
import com.hoopai.invoices.client.CallListener;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * Follows each call of one client from the API proxy down to the HTTP exchange, for the client's
 * {@link CallListener}: the proxy starts a trace, each HTTP exchange notes its status on it, and the proxy
 * reports the call when it ends. The trace is passed down the call explicitly (no thread local, no global
 * state).
 */
final class CallTraces {


  /** One call in flight. */
  static final class Trace {
    private final String operationId;
    private final boolean idempotent;
    private final long started = System.nanoTime();
    private int attempts;
    private int attemptsThisRun;
    private int status = -1;
    private Throwable lastFailure;

    private Trace(String operationId, boolean idempotent) {
      this.operationId = operationId;
      this.idempotent = idempotent;
    }
  }

  private final CallListener listener;

  CallTraces(CallListener listener) {
    this.listener = listener;
  }

  /** Starts tracing a call. */
  Trace begin(String operationId, boolean idempotent) {
    return new Trace(operationId, idempotent);
  }

  /** A new run of the call policy (the replay after a refreshed token): its first attempt is no retry. */
  void newRun(Trace trace) {
    trace.attemptsThisRun = 0;
  }

  /** The call policy starts an attempt; every attempt after a run's first is a retry. */
  void attempt(Trace trace) {
    trace.attemptsThisRun++;
    trace.status = -1;
    if (trace.attemptsThisRun > 1) {
      notify(() -> listener.onRetry(trace.operationId, trace.attemptsThisRun, trace.lastFailure));
    }
  }

  /** An attempt failed. */
  void failed(Trace trace, Throwable failure) {
    trace.lastFailure = failure;
  }

  /** An HTTP exchange of the call is about to be sent. */
  void sending(Trace trace) {
    trace.attempts++;
  }

  /** An HTTP exchange of the call got an answer. */
  void answered(Trace trace, int status) {
    trace.status = status;
  }

  /** The call returned ({@code failure} null) or threw: reports it and ends the trace. */
  void end(Trace trace, Throwable failure) {
    Duration duration = Duration.ofNanos(System.nanoTime() - trace.started);
    CallEvent event = new CallEvent(trace.operationId, trace.idempotent, duration, trace.attempts,
        trace.status < 0 ? OptionalInt.empty() : OptionalInt.of(trace.status), failure);
    notify(() -> listener.onCallEnd(event));
  }

  private static void notify(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      // Metrics must never fail a call that moved money.
      // Looked up here, not when the client is built: System.getLogger starts the logging backend.
      System.getLogger("com.hoopai.invoices.client")
          .log(System.Logger.Level.WARNING, "a CallListener threw; ignored", e);
    }
  }
}
