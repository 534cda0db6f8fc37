package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.CallEvent;
import com.hoopai.invoices.client.CallInterceptor;
import com.hoopai.invoices.client.CallListener;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Follows each call of one client from the API proxy down to the HTTP exchange, for the client's
 * {@link CallListener} and {@link CallInterceptor}: the proxy starts a trace, each attempt takes the
 * interceptor's headers from it, each HTTP exchange notes its status on it, and the proxy reports the call when
 * it ends. The trace is passed down the call explicitly (no thread local, no global
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
    private CallInterceptor.Call intercepted = CallInterceptor.Call.NONE;

    private Trace(String operationId, boolean idempotent) {
      this.operationId = operationId;
      this.idempotent = idempotent;
    }

    /**
     * Adds what the interceptor puts on the attempt about to be built (a trace context, say).
     *
     * @param request where the headers go; the client's own headers are set after these, and win
     */
    void addAttemptHeaders(BiConsumer<String, String> request) {
      if (intercepted == CallInterceptor.Call.NONE) {
        return;
      }
      CallTraces.notify(() -> intercepted.beforeAttempt(attempts + 1, (name, value) -> {
        if (name == null || value == null || name.isBlank()) {
          throw new IllegalArgumentException("a header needs a name and a value");
        }
        if (OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException("the client sets the " + name + " header itself");
        }
        request.accept(name, value);
      }));
    }
  }

  /** Headers only the client sets: a trace context must never replace the credentials or the API version. */
  private static final Set<String> OWN_HEADERS = Set.of("authorization", "version", "user-agent");

  private final CallListener listener;
  private final CallInterceptor interceptor;

  CallTraces(CallListener listener, CallInterceptor interceptor) {
    this.listener = listener;
    this.interceptor = interceptor;
  }

  /** Starts tracing a call. */
  Trace begin(String operationId, boolean idempotent) {
    Trace trace = new Trace(operationId, idempotent);
    if (interceptor != CallInterceptor.NONE) {
      notify(() -> {
        CallInterceptor.Call call = interceptor.begin(operationId, idempotent);
        trace.intercepted = call == null ? CallInterceptor.Call.NONE : call;
      });
    }
    return trace;
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
    if (listener == CallListener.NONE && trace.intercepted == CallInterceptor.Call.NONE) {
      return;   // nobody listens: no event to build on the hot path
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - trace.started);
    CallEvent event = new CallEvent(trace.operationId, trace.idempotent, duration, trace.attempts,
        trace.status < 0 ? OptionalInt.empty() : OptionalInt.of(trace.status), failure);
    if (trace.intercepted != CallInterceptor.Call.NONE) {
      notify(() -> trace.intercepted.end(event));
    }
    notify(() -> listener.onCallEnd(event));
  }

  private static void notify(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      // Metrics must never fail a call that moved money.
      // Looked up here, not when the client is built: System.getLogger starts the logging backend.
      System.getLogger("com.hoopai.invoices.client")
          .log(System.Logger.Level.WARNING, "a CallListener or CallInterceptor threw; ignored", e);
    }
  }
}
