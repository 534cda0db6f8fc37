package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.ApiOperation;
import com.hoopai.invoices.client.LocationScoped;
import com.hoopai.invoices.client.PathSegmentExpander;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one generated API method becomes an HTTP request, worked out once from its annotations when the API's
 * proxy is first used: the {@code @RequestLine} split into literal text and the path ids that fill it, the
 * constant query, the {@code @QueryMap} params argument and how its fields are read, the {@code @Headers},
 * and the body argument. Per call it only concatenates.
 *
 * <p>It supports exactly what the api template writes, and refuses anything else when the proxy is built:
 * path variables that are whole segments marked with {@link PathSegmentExpander}; a constant query; at most
 * one {@code @QueryMap} argument (a generated params class); static headers; at most one body argument.
 * The location of a call is the params' or the body's {@code altId}, the API's one name for it.
 */
final class RequestPlan {

  private static final String LOCATION_QUERY = "altId";

  private final String operationId;
  private final boolean idempotent;
  private final String methodName;
  private final String logTag;
  private final String httpMethod;
  /** The path: literal text, then the argument after it: {@code pathParts[i]}, then {@code args[pathArgs[i]]}. */
  private final String[] pathParts;
  private final int[] pathArgs;
  private final String[] pathNames;
  private final String pathTail;
  private final String constantQuery;
  private final int paramsIndex;
  private final QueryParams queryParams;
  private final String[] staticHeaders;
  private final int bodyIndex;
  private final Type returnType;

  private RequestPlan(Builder builder) {
    this.operationId = builder.operationId;
    this.idempotent = builder.idempotent;
    this.methodName = builder.methodName;
    this.logTag = builder.logTag;
    this.httpMethod = builder.httpMethod;
    this.pathParts = builder.pathParts.toArray(String[]::new);
    this.pathArgs = builder.pathArgs.stream().mapToInt(Integer::intValue).toArray();
    this.pathNames = builder.pathNames.toArray(String[]::new);
    this.pathTail = builder.pathTail;
    this.constantQuery = builder.constantQuery;
    this.paramsIndex = builder.paramsIndex;
    this.queryParams = builder.queryParams;
    this.staticHeaders = builder.staticHeaders.toArray(String[]::new);
    this.bodyIndex = builder.bodyIndex;
    this.returnType = builder.returnType;
  }

  /**
   * The plan of one operation method of a generated API interface.
   *
   * @param api the interface
   * @param method one of its abstract methods, annotated {@link ApiOperation}
   * @return the plan
   * @throws IllegalStateException if the method uses a Feign feature the plan does not support
   */
  static RequestPlan of(Class<?> api, Method method) {
    ApiOperation operation = method.getAnnotation(ApiOperation.class);
    RequestLine line = method.getAnnotation(RequestLine.class);
    if (operation == null || line == null) {
      throw unsupported(method, "no @ApiOperation and @RequestLine");
    }
    Builder plan = new Builder();
    plan.operationId = operation.id();
    plan.idempotent = operation.idempotent();
    plan.methodName = method.getName();
    plan.logTag = "[" + api.getSimpleName() + "#" + method.getName() + "] ";
    plan.returnType = method.getGenericReturnType();
    String value = line.value().trim();
    int space = value.indexOf(' ');
    if (space < 0) {
      throw unsupported(method, "@RequestLine without a path");
    }
    plan.httpMethod = value.substring(0, space);
    String uri = value.substring(space + 1).trim();

    Map<String, Integer> pathArguments = new LinkedHashMap<>();
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      Param param = parameters[i].getAnnotation(Param.class);
      if (param != null) {
        if (param.expander() != PathSegmentExpander.class || !param.encoded()) {
          throw unsupported(method, "a @Param without PathSegmentExpander and encoded = true");
        }
        pathArguments.put(param.value(), i);
      } else if (parameters[i].isAnnotationPresent(QueryMap.class)) {
        if (plan.paramsIndex >= 0) {
          throw unsupported(method, "more than one @QueryMap argument");
        }
        plan.paramsIndex = i;
        plan.queryParams = QueryParams.of(parameters[i].getType());
      } else {
        if (plan.bodyIndex >= 0) {
          throw unsupported(method, "more than one body argument");
        }
        plan.bodyIndex = i;
      }
    }

    int question = uri.indexOf('?');
    String path = question < 0 ? uri : uri.substring(0, question);
    int at = 0;
    while (true) {
      int open = path.indexOf('{', at);
      if (open < 0) {
        break;
      }
      int close = path.indexOf('}', open);
      String name = path.substring(open + 1, close);
      Integer index = pathArguments.get(name);
      if (index == null) {
        throw unsupported(method, "no @Param for {" + name + "}");
      }
      plan.pathParts.add(path.substring(at, open));
      plan.pathArgs.add(index);
      plan.pathNames.add(name);
      at = close + 1;
    }
    plan.pathTail = path.substring(at);
    if (question >= 0) {
      String query = uri.substring(question + 1);
      if (query.indexOf('{') >= 0) {
        throw unsupported(method, "a templated query '" + query + "': query inputs belong in the params");
      }
      plan.constantQuery = query;
    }

    Headers declared = method.getAnnotation(Headers.class);
    if (declared != null) {
      for (String header : declared.value()) {
        int colon = header.indexOf(':');
        if (colon <= 0 || header.indexOf('{') >= 0) {
          throw unsupported(method, "header '" + header + "'");
        }
        plan.staticHeaders.add(header.substring(0, colon).trim());
        plan.staticHeaders.add(header.substring(colon + 1).trim());
      }
    }
    return new RequestPlan(plan);
  }

  /** The spec's operationId. */
  String operationId() {
    return operationId;
  }

  /** Whether sending the request twice is safe. */
  boolean idempotent() {
    return idempotent;
  }

  /** The Java method's name, for messages. */
  String methodName() {
    return methodName;
  }

  /** {@code [InvoicesApi#getInvoice] }, the prefix of this operation's log lines. */
  String logTag() {
    return logTag;
  }

  /** The HTTP method. */
  String httpMethod() {
    return httpMethod;
  }

  /** What the answer decodes to. */
  Type returnType() {
    return returnType;
  }

  /** Static headers as name, value, name, value... */
  String[] staticHeaders() {
    return staticHeaders;
  }

  /** Whether the operation names a location (in its params or its body). */
  boolean hasLocation() {
    return (queryParams != null && queryParams.has(LOCATION_QUERY)) || bodyIndex >= 0;
  }

  /**
   * The body argument.
   *
   * @param args the call's arguments
   * @return the argument, or null when the method has none
   */
  Object body(Object[] args) {
    return bodyIndex < 0 ? null : args[bodyIndex];
  }

  /**
   * Collects what is wrong with a call's arguments, before anything is encoded: a missing, blank or dot
   * path id, a location that is missing or contradicts the view's. Null params are replaced, in
   * {@code args}, by the defaults an empty builder gives.
   *
   * @param args the call's arguments (the proxy's own array)
   * @param boundLocation the view's location, or null
   * @param problems where the problems go
   */
  void check(Object[] args, String boundLocation, List<String> problems) {
    if (paramsIndex >= 0 && args[paramsIndex] == null) {
      // No params is an empty builder's params (its defaults), or a problem when an input is required.
      args[paramsIndex] = queryParams.defaults();
      if (args[paramsIndex] == null) {
        problems.add("params are required");
      }
    }
    for (int i = 0; i < pathArgs.length; i++) {
      Object id = args[pathArgs[i]];
      if (id == null) {
        problems.add(pathNames[i] + " is required");
      } else if (id.toString().isBlank()) {
        problems.add(pathNames[i] + " must not be blank");
      } else if (".".equals(id) || "..".equals(id)) {
        problems.add(pathNames[i] + " must not be '" + id + "'");
      }
    }
    if (bodyIndex >= 0 && args[bodyIndex] == null) {
      problems.add("the request body is required");
    }
    String queryLocation = queryLocation(args);
    if (queryLocation != null && boundLocation != null && !queryLocation.equals(boundLocation)) {
      problems.add("params.altId '" + queryLocation + "' differs from this view's location '" + boundLocation + "'");
    }
    if (queryParams != null && queryParams.has(LOCATION_QUERY) && queryLocation == null && boundLocation == null) {
      problems.add("altId is required: set it on the params, or call through InvoicesClient.forLocation(...)");
    }
    if (bodyIndex >= 0 && args[bodyIndex] instanceof LocationScoped scoped && boundLocation != null
        && scoped.getAltId() != null && !scoped.getAltId().equals(boundLocation)) {
      problems.add("body.altId '" + scoped.getAltId() + "' differs from this view's location '" + boundLocation
          + "'");
    }
  }

  /**
   * The location a call is about: its params' {@code altId}, else its body's, else the view's.
   *
   * @param args the call's arguments
   * @param boundLocation the view's location, or null
   * @return the location id, or null when the call names none
   */
  String locationId(Object[] args, String boundLocation) {
    String query = queryLocation(args);
    if (query != null) {
      return query;
    }
    if (bodyIndex >= 0 && args[bodyIndex] instanceof LocationScoped scoped && scoped.getAltId() != null) {
      return scoped.getAltId();
    }
    return boundLocation;
  }

  private String queryLocation(Object[] args) {
    if (paramsIndex < 0 || args[paramsIndex] == null) {
      return null;
    }
    Object location = queryParams.value(args[paramsIndex], LOCATION_QUERY);
    return location == null ? null : location.toString();
  }

  /**
   * The encoded path and query of one call, without the base URL: {@code /invoices/abc?altType=location&altId=x}.
   *
   * @param args the call's arguments (already checked)
   * @param locationId the call's location, sent as {@code altId} when the params did not set it
   * @return the path, then {@code ?} and the query when there is one
   */
  String pathAndQuery(Object[] args, String locationId) {
    StringBuilder url = new StringBuilder(128);
    for (int i = 0; i < pathParts.length; i++) {
      url.append(pathParts[i]).append(PathSegmentExpander.encode(String.valueOf(args[pathArgs[i]])));
    }
    url.append(pathTail);
    int queryStart = url.length();
    if (constantQuery != null) {
      url.append('?').append(constantQuery);
    }
    if (queryParams != null) {
      Object params = args[paramsIndex];
      queryParams.append(url, params, queryStart);
      if (queryParams.has(LOCATION_QUERY) && locationId != null
          && (params == null || queryParams.value(params, LOCATION_QUERY) == null)) {
        url.append(url.length() == queryStart ? '?' : '&').append(LOCATION_QUERY).append('=')
            .append(PercentEncoding.encode(locationId));
      }
    }
    return url.toString();
  }

  private static IllegalStateException unsupported(Method method, String what) {
    return new IllegalStateException(method.getDeclaringClass().getSimpleName() + "." + method.getName()
        + ": unsupported in a generated API method: " + what);
  }

  private static final class Builder {
    private String operationId;
    private boolean idempotent;
    private String methodName;
    private String logTag;
    private String httpMethod;
    private final List<String> pathParts = new ArrayList<>();
    private final List<Integer> pathArgs = new ArrayList<>();
    private final List<String> pathNames = new ArrayList<>();
    private String pathTail;
    private String constantQuery;
    private int paramsIndex = -1;
    private QueryParams queryParams;
    private final List<String> staticHeaders = new ArrayList<>();
    private int bodyIndex = -1;
    private Type returnType;
  }
}
