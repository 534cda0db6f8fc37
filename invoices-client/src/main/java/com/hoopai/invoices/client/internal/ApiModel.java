package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.ApiOperation;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * The operations of one generated API interface and of its {@code WithRawResponse} twin, each with its
 * {@link RequestPlan}: read from the annotations once per interface and client.
 */
final class ApiModel {

  private static final String RAW_INTERFACE = "WithRawResponse";

  private final Class<?> api;
  private final Class<?> rawInterface;
  private final Map<Method, RequestPlan> plans;
  private final Map<Method, RequestPlan> rawPlans;

  private ApiModel(Class<?> api, Class<?> rawInterface, Map<Method, RequestPlan> plans,
      Map<Method, RequestPlan> rawPlans) {
    this.api = api;
    this.rawInterface = rawInterface;
    this.plans = plans;
    this.rawPlans = rawPlans;
  }

  static ApiModel of(Class<?> api) {
    Map<Method, RequestPlan> plans = new HashMap<>();
    Map<String, RequestPlan> byId = new HashMap<>();
    for (Method method : api.getMethods()) {
      if (method.isAnnotationPresent(ApiOperation.class) && !method.isDefault()) {
        RequestPlan plan = RequestPlan.of(api, method);
        plans.put(method, plan);
        byId.put(plan.operationId(), plan);
      }
    }
    Class<?> raw = null;
    Map<Method, RequestPlan> rawPlans = new HashMap<>();
    for (Class<?> nested : api.getClasses()) {
      if (nested.isInterface() && nested.getSimpleName().equals(RAW_INTERFACE)) {
        raw = nested;
        for (Method method : nested.getMethods()) {
          ApiOperation operation = method.getAnnotation(ApiOperation.class);
          RequestPlan plan = operation == null ? null : byId.get(operation.id());
          if (plan == null) {
            throw new IllegalStateException(nested.getName() + "." + method.getName() + " matches no operation");
          }
          rawPlans.put(method, plan);
        }
      }
    }
    return new ApiModel(api, raw, Map.copyOf(plans), Map.copyOf(rawPlans));
  }

  Class<?> api() {
    return api;
  }

  Class<?> rawInterface() {
    if (rawInterface == null) {
      throw new UnsupportedOperationException(api.getSimpleName() + " has no " + RAW_INTERFACE + " interface");
    }
    return rawInterface;
  }

  RequestPlan plan(Method method, boolean raw) {
    return raw ? rawPlans.get(method) : plans.get(method);
  }
}
