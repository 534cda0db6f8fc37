package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.LocationScoped;
import com.hoopai.invoices.client.RequestOptions;
import com.hoopai.invoices.client.errors.InvalidRequestException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Runs every method of a generated API proxy in its {@link CallScope}: checks the arguments (all problems at
 * once) and encodes the body before anything is sent, makes the call's {@link ApiCall} context, and sends
 * it under the retry policy, replaying it once after a refused token was refreshed. {@code withOptions}
 * and {@code withRawResponse} derive proxies; the interfaces' other default methods (options overloads,
 * auto-paging) run as written and come back here.
 */
final class ApiInvocationHandler implements InvocationHandler {

  private static final Object[] NO_ARGS = new Object[0];

  private final ApiModel model;
  private final CallScope scope;
  private final boolean raw;

  ApiInvocationHandler(ApiModel model, CallScope scope, boolean raw) {
    this.model = model;
    this.scope = scope;
    this.raw = raw;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    RequestPlan plan = model.plan(method, raw);
    if (plan != null) {
      return call(plan, args == null ? NO_ARGS : args);
    }
    switch (method.getName()) {
      case "withOptions":
        if (args != null && args.length == 1 && args[0] instanceof RequestOptions options) {
          return scope.runtime().proxy(model.api(), scope.with(options));
        }
        if (args != null && args.length == 1 && args[0] == null) {
          throw new NullPointerException("options");
        }
        break;
      case "withRawResponse":
        if (args == null) {
          return scope.runtime().rawProxy(model, scope);
        }
        break;
      case "equals":
        if (args != null && args.length == 1) {
          return args[0] != null && Proxy.isProxyClass(args[0].getClass())
              && Proxy.getInvocationHandler(args[0]) == this;
        }
        break;
      case "hashCode":
        if (args == null) {
          return System.identityHashCode(this);
        }
        break;
      case "toString":
        if (args == null) {
          return (raw ? model.api().getSimpleName() + ".WithRawResponse" : model.api().getSimpleName())
              + "(" + scope.runtime().description() + ")";
        }
        break;
      default:
        break;
    }
    if (method.isDefault()) {
      return InvocationHandler.invokeDefault(proxy, method, args);
    }
    throw new UnsupportedOperationException(method.getName() + " is not an API operation");
  }

  private Object call(RequestPlan plan, Object[] args) throws Throwable {
    String bound = scope.boundLocation();
    List<String> problems = new ArrayList<>(0);
    plan.check(args, bound, problems);
    Object bodyArgument = plan.body(args);
    byte[] body = null;
    if (bodyArgument != null) {
      boolean fill = bound != null && bodyArgument instanceof LocationScoped scoped && scoped.getAltId() == null;
      body = scope.runtime().encoder().encode(bodyArgument, fill ? bound : null, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(plan.methodName(), problems);
    }
    String locationId = plan.locationId(args, bound);
    String pathAndQuery = plan.pathAndQuery(args, locationId);
    CallTraces traces = scope.runtime().traces();
    ApiCall call = new ApiCall(plan, scope, raw, locationId, pathAndQuery, url(pathAndQuery), body,
        traces.begin(plan.operationId(), plan.idempotent()));
    Throwable failure = null;
    try {
      return runWithReplay(call);
    } catch (Throwable e) {
      failure = e;
      throw e;
    } finally {
      traces.end(call.trace(), failure);
    }
  }

  private HttpUrl url(String pathAndQuery) {
    ClientRuntime runtime = scope.runtime();
    int question = pathAndQuery.indexOf('?');
    return runtime.base().newBuilder()
        .encodedPath(runtime.basePath() + (question < 0 ? pathAndQuery : pathAndQuery.substring(0, question)))
        .encodedQuery(question < 0 ? null : pathAndQuery.substring(question + 1))
        .build();
  }

  private Object runWithReplay(ApiCall call) throws Throwable {
    CallPolicy policy = scope.policy();
    try {
      return policy.execute(scope.retryMode(), call.idempotent(), call.operationId(), () -> attempt(call));
    } catch (RejectedTokenException e) {
      // A refused token is the one failure the server provably did not act on: refresh, replay once.
      if (!scope.runtime().tokens().refreshAfterUnauthorized(call.locationId(), call.tokenSent())) {
        throw e.toCallerException();
      }
    }
    scope.runtime().traces().newRun(call.trace());
    try {
      return policy.execute(scope.retryMode(), call.idempotent(), call.operationId(), () -> attempt(call));
    } catch (RejectedTokenException again) {
      throw again.toCallerException();
    }
  }

  private Object attempt(ApiCall call) throws Throwable {
    CallTraces traces = scope.runtime().traces();
    traces.attempt(call.trace());
    try {
      return scope.runtime().exchange().execute(call);
    } catch (Throwable e) {
      traces.failed(call.trace(), e);
      throw e;
    }
  }
}
