package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.HoopAiConnectionException;
import com.hoopai.invoices.client.HoopAiException;
import com.hoopai.invoices.client.HoopAiTimeoutException;
import com.hoopai.invoices.client.RetryMode;
import feign.FeignException;
import feign.Request;
import feign.RetryableException;
import java.io.InterruptedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;

/**
 * Wraps every generated API method: refuses missing required arguments before anything is sent, sends the
 * call through its {@link RequestPlan} and the {@link OperationExchange} under the retry policy, and turns
 * whatever fails into the client's exception hierarchy, so callers never see a Feign or Jackson exception.
 * The interfaces' default methods (auto-paging) run as written, and their calls come back through here.
 */
final class TranslatingInvocationHandlerFactory {

  private final AccessTokenProvider tokens;
  private final CallPolicy policy;
  private final RetryMode mode;
  private final CallTraces traces;
  private final OperationExchange exchange;

  TranslatingInvocationHandlerFactory(AccessTokenProvider tokens, CallPolicy policy, RetryMode mode,
      CallTraces traces, OperationExchange exchange) {
    this.tokens = tokens;
    this.policy = policy;
    this.mode = mode;
    this.traces = traces;
    this.exchange = exchange;
  }

  /**
   * The handler of one generated API interface's proxy.
   *
   * @param api the interface
   * @param baseUrl where its calls go (for {@code toString})
   * @return the handler
   * @throws IllegalStateException if a method uses a Feign feature the {@link RequestPlan} does not support
   */
  InvocationHandler create(Class<?> api, String baseUrl) {
    Map<Method, Operation> operations = new HashMap<>();
    for (Method method : api.getMethods()) {
      SdkOperation operation = method.getAnnotation(SdkOperation.class);
      if (operation != null) {
        operations.put(method, new Operation(operation.id(), operation.idempotent(), ArgumentChecks.of(method),
            RequestPlan.of(api, method)));
      }
    }
    return new Handler(api.getSimpleName() + "(" + baseUrl + ")", Map.copyOf(operations), tokens, policy, mode,
        traces, exchange);
  }

  /** What a generated API method needs per call, worked out once. */
  private record Operation(String id, boolean idempotent, ArgumentChecks checks, RequestPlan plan) {
  }

  private static final class Handler implements InvocationHandler {
    private final String description;
    private final Map<Method, Operation> operations;
    private final AccessTokenProvider tokens;
    private final CallPolicy policy;
    private final RetryMode mode;
    private final CallTraces traces;
    private final OperationExchange exchange;

    Handler(String description, Map<Method, Operation> operations, AccessTokenProvider tokens, CallPolicy policy,
        RetryMode mode, CallTraces traces, OperationExchange exchange) {
      this.description = description;
      this.operations = operations;
      this.tokens = tokens;
      this.policy = policy;
      this.mode = mode;
      this.traces = traces;
      this.exchange = exchange;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "equals":
          if (method.getParameterCount() == 1) {
            Object other = args[0];
            return other != null && Proxy.isProxyClass(other.getClass())
                && Proxy.getInvocationHandler(other) == this;
          }
          break;
        case "hashCode":
          if (method.getParameterCount() == 0) {
            return System.identityHashCode(this);
          }
          break;
        case "toString":
          if (method.getParameterCount() == 0) {
            return description;
          }
          break;
        default:
          break;
      }
      Operation operation = operations.get(method);
      if (operation == null) {
        if (method.isDefault()) {
          return InvocationHandler.invokeDefault(proxy, method, args); // auto-paging: its calls come back here
        }
        throw new UnsupportedOperationException(method.getName() + " is not an API operation");
      }
      operation.checks().check(method.getName(), args);
      CallTraces.Trace trace = traces.begin(operation.id(), operation.idempotent());
      Throwable failure = null;
      try {
        return call(operation, args, trace);
      } catch (Throwable e) {
        failure = e;
        throw e;
      } finally {
        traces.end(trace, failure);
      }
    }

    private Object call(Operation operation, Object[] args, CallTraces.Trace trace) throws Throwable {
      try {
        return policy.execute(mode, operation.idempotent(), operation.id(),
            () -> attempt(operation, args, trace));
      } catch (RejectedTokenException e) {
        // A refused token is the one failure the server provably did not act on: refresh, replay once.
        if (!tokens.refreshAfterUnauthorized(e.locationId(), e.rejectedToken())) {
          throw e.toCallerException();
        }
      }
      traces.newRun(trace);
      try {
        return policy.execute(mode, operation.idempotent(), operation.id(),
            () -> attempt(operation, args, trace));
      } catch (RejectedTokenException again) {
        throw again.toCallerException();
      }
    }

    private Object attempt(Operation operation, Object[] args, CallTraces.Trace trace) throws Throwable {
      traces.attempt(trace);
      try {
        return invokeOnce(operation, args, trace);
      } catch (Throwable e) {
        traces.failed(trace, e);
        throw e;
      }
    }

    private Object invokeOnce(Operation operation, Object[] args, CallTraces.Trace trace) throws Throwable {
      try {
        return exchange.execute(operation.plan(), args, trace);
      } catch (HoopAiException | IllegalArgumentException | IllegalStateException e) {
        throw e;
      } catch (RetryableException e) {
        throw transportFailure(e, operation.idempotent());
      } catch (FeignException e) {
        throw translate(e);
      }
    }

    private static RuntimeException translate(FeignException e) {
      if (e.getCause() instanceof HoopAiException cause) {
        return cause;
      }
      if (e.getCause() instanceof IllegalArgumentException cause) {
        return cause;
      }
      Request request = e.request();
      String method = request == null ? null : request.httpMethod().name();
      String path = request == null ? null : ResponseBodies.pathOf(request.url());
      return new HoopAiException(e.getClass().getSimpleName() + " on " + method + " " + path + ": "
          + firstLine(e.getMessage()), method, path, e);
    }

    private static HoopAiConnectionException transportFailure(RetryableException e, boolean idempotent) {
      Request request = e.request();
      String method = request == null ? null : request.httpMethod().name();
      String path = request == null ? null : ResponseBodies.pathOf(request.url());
      Throwable cause = e.getCause() == null ? e : e.getCause();
      // Only a refused or unroutable connection proves the request never left.
      boolean notSent = cause instanceof ConnectException || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException || cause instanceof NotSentException;
      String what = cause.getClass().getSimpleName() + " on " + method + " " + path
          + (notSent ? " (the request was not sent)" : " (the request may have been processed)");
      if (cause instanceof SocketTimeoutException || cause instanceof InterruptedIOException) {
        return new HoopAiTimeoutException("timed out: " + what, method, path, !notSent, idempotent, cause);
      }
      return new HoopAiConnectionException("connection failed: " + what, method, path, !notSent, idempotent,
          cause);
    }

    private static String firstLine(String message) {
      return message == null ? "" : message.lines().findFirst().orElse("");
    }
  }
}
