package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.HoopAiConnectionException;
import com.hoopai.invoices.client.HoopAiException;
import com.hoopai.invoices.client.HoopAiTimeoutException;
import com.hoopai.invoices.client.RetryMode;
import feign.FeignException;
import feign.InvocationHandlerFactory;
import feign.Request;
import feign.RetryableException;
import feign.Target;
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
 * Wraps every generated API method: refuses missing required arguments before anything is sent, and
 * turns whatever Feign throws into the client's exception hierarchy, so callers never see a Feign or
 * Jackson exception.
 */
final class TranslatingInvocationHandlerFactory implements InvocationHandlerFactory {

  private final AccessTokenProvider tokens;
  private final CallPolicy policy;
  private final RetryMode mode;
  private final CallTraces traces;

  TranslatingInvocationHandlerFactory(AccessTokenProvider tokens, CallPolicy policy, RetryMode mode,
      CallTraces traces) {
    this.tokens = tokens;
    this.policy = policy;
    this.mode = mode;
    this.traces = traces;
  }

  @Override
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    Map<Method, ArgumentChecks> checks = new HashMap<>();
    for (Method method : dispatch.keySet()) {
      checks.put(method, ArgumentChecks.of(method));
    }
    return new Handler(target, Map.copyOf(dispatch), Map.copyOf(checks), tokens, policy, mode, traces);
  }

  private static final class Handler implements InvocationHandler {
    private final Target<?> target;
    private final Map<Method, MethodHandler> dispatch;
    private final Map<Method, ArgumentChecks> checks;
    private final AccessTokenProvider tokens;
    private final CallPolicy policy;
    private final RetryMode mode;
    private final CallTraces traces;

    Handler(Target<?> target, Map<Method, MethodHandler> dispatch, Map<Method, ArgumentChecks> checks,
        AccessTokenProvider tokens, CallPolicy policy, RetryMode mode, CallTraces traces) {
      this.target = target;
      this.dispatch = dispatch;
      this.checks = checks;
      this.tokens = tokens;
      this.policy = policy;
      this.mode = mode;
      this.traces = traces;
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
            return target.type().getSimpleName() + "(" + target.url() + ")";
          }
          break;
        default:
          break;
      }
      MethodHandler handler = dispatch.get(method);
      SdkOperation operation = method.getAnnotation(SdkOperation.class);
      if (operation == null) {
        return handler.invoke(args); // a default method (auto-paging): its calls come back through here
      }
      ArgumentChecks argumentChecks = checks.get(method);
      if (argumentChecks != null) {
        argumentChecks.check(method.getName(), args);
      }
      CallTraces.Trace trace = traces.begin(operation.id(), operation.idempotent());
      Throwable failure = null;
      try {
        return call(handler, args, operation, trace);
      } catch (Throwable e) {
        failure = e;
        throw e;
      } finally {
        traces.end(trace, failure);
      }
    }

    private Object call(MethodHandler handler, Object[] args, SdkOperation operation, CallTraces.Trace trace)
        throws Throwable {
      try {
        return policy.execute(mode, operation.idempotent(), operation.id(),
            () -> attempt(handler, args, operation.idempotent(), trace));
      } catch (RejectedTokenException e) {
        // A refused token is the one failure the server provably did not act on: refresh, replay once.
        if (!tokens.refreshAfterUnauthorized(e.locationId(), e.rejectedToken())) {
          throw e.toCallerException();
        }
      }
      traces.newRun(trace);
      try {
        return policy.execute(mode, operation.idempotent(), operation.id(),
            () -> attempt(handler, args, operation.idempotent(), trace));
      } catch (RejectedTokenException again) {
        throw again.toCallerException();
      }
    }

    private Object attempt(MethodHandler handler, Object[] args, boolean idempotent, CallTraces.Trace trace)
        throws Throwable {
      traces.attempt(trace);
      try {
        return invokeOnce(handler, args, idempotent);
      } catch (Throwable e) {
        traces.failed(trace, e);
        throw e;
      }
    }

    private Object invokeOnce(MethodHandler handler, Object[] args, boolean idempotent) throws Throwable {
      try {
        return handler.invoke(args);
      } catch (HoopAiException | IllegalArgumentException | IllegalStateException e) {
        throw e;
      } catch (RetryableException e) {
        throw transportFailure(e, idempotent);
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
