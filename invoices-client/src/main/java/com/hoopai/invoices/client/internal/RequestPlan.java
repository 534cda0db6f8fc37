package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.LocationScoped;
import feign.Feign;
import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one generated API method becomes an HTTP request, worked out once from its Feign annotations when the
 * API's proxy is built: the {@code @RequestLine} split into literal text and the arguments that fill it, the
 * {@code @Headers}, and the body argument. Per call it only concatenates: no template parsing, no regular
 * expressions, no streams. (Feign's own request templates cost about 30 KB of garbage and 8 us per call on
 * a two-parameter GET; see invoices-benchmarks/BENCHMARKS.md.)
 *
 * <p>It supports exactly what the generator's api template writes, and refuses anything else when the
 * proxy is built: path variables that are whole segments, encoded by {@link PathSegmentExpander}; query
 * parameters that are literal or one scalar argument each (left out when the argument is null,
 * percent-encoded as UTF-8 otherwise); static headers; at most one body argument.
 */
final class RequestPlan {

  private final String configKey;
  private final Request.HttpMethod httpMethod;
  /** The path: literal text, then the argument after it: {@code pathParts[i]}, then {@code args[pathArgs[i]]}. */
  private final String[] pathParts;
  private final int[] pathArgs;
  private final String pathTail;
  private final QueryPart[] query;
  private final Map<String, String> staticHeaders;
  private final int bodyIndex;
  private final Type bodyType;
  private final int altIdIndex;
  private final Type returnType;

  /** One {@code name=value} of the query: a literal value, or the argument at {@code argIndex}. */
  private record QueryPart(String encodedName, String encodedLiteral, int argIndex) {
  }

  private RequestPlan(String configKey, Request.HttpMethod httpMethod, String[] pathParts, int[] pathArgs,
      String pathTail, QueryPart[] query, Map<String, String> staticHeaders, int bodyIndex, Type bodyType,
      int altIdIndex, Type returnType) {
    this.configKey = configKey;
    this.httpMethod = httpMethod;
    this.pathParts = pathParts;
    this.pathArgs = pathArgs;
    this.pathTail = pathTail;
    this.query = query;
    this.staticHeaders = staticHeaders;
    this.bodyIndex = bodyIndex;
    this.bodyType = bodyType;
    this.altIdIndex = altIdIndex;
    this.returnType = returnType;
  }

  /**
   * The plan of one method of a generated API interface.
   *
   * @param api the interface
   * @param method one of its abstract methods
   * @return the plan
   * @throws IllegalStateException if the method uses a Feign feature the plan does not support
   */
  static RequestPlan of(Class<?> api, Method method) {
    RequestLine line = method.getAnnotation(RequestLine.class);
    if (line == null) {
      throw unsupported(method, "no @RequestLine");
    }
    String value = line.value().trim();
    int space = value.indexOf(' ');
    if (space < 0) {
      throw unsupported(method, "@RequestLine without a path");
    }
    Request.HttpMethod httpMethod = Request.HttpMethod.valueOf(value.substring(0, space));
    String uri = value.substring(space + 1).trim();

    Map<String, Integer> argumentsByName = new LinkedHashMap<>();
    int bodyIndex = -1;
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      Param param = parameters[i].getAnnotation(Param.class);
      if (param == null) {
        if (bodyIndex >= 0) {
          throw unsupported(method, "more than one body argument");
        }
        bodyIndex = i;
      } else {
        argumentsByName.put(param.value(), i);
      }
    }

    List<String> pathParts = new ArrayList<>();
    List<Integer> pathArgs = new ArrayList<>();
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
      Integer index = argumentsByName.get(name);
      if (index == null) {
        throw unsupported(method, "no @Param for {" + name + "}");
      }
      Param param = parameters[index].getAnnotation(Param.class);
      if (param.expander() != PathSegmentExpander.class || !param.encoded()) {
        throw unsupported(method, "path variable {" + name + "} without PathSegmentExpander and encoded = true");
      }
      pathParts.add(path.substring(at, open));
      pathArgs.add(index);
      at = close + 1;
    }
    String pathTail = path.substring(at);

    List<QueryPart> query = new ArrayList<>();
    int altIdIndex = -1;
    if (question >= 0) {
      for (String pair : uri.substring(question + 1).split("&")) {
        int equals = pair.indexOf('=');
        if (equals <= 0) {
          throw unsupported(method, "query part '" + pair + "'");
        }
        String name = pair.substring(0, equals);
        String text = pair.substring(equals + 1);
        if (text.startsWith("{") && text.endsWith("}")) {
          String variable = text.substring(1, text.length() - 1);
          Integer index = argumentsByName.get(variable);
          if (index == null) {
            throw unsupported(method, "no @Param for {" + variable + "}");
          }
          if (parameters[index].getAnnotation(Param.class).expander() != Param.ToStringExpander.class) {
            throw unsupported(method, "an expander on query parameter " + name);
          }
          if (name.equals("altId")) {
            altIdIndex = index;
          }
          query.add(new QueryPart(PathSegmentExpander.percentEncode(name), null, index));
        } else if (text.indexOf('{') >= 0) {
          throw unsupported(method, "query value '" + text + "'");
        } else {
          query.add(new QueryPart(PathSegmentExpander.percentEncode(name), PathSegmentExpander.percentEncode(text),
              -1));
        }
      }
    }

    Map<String, String> headers = new LinkedHashMap<>();
    Headers declared = method.getAnnotation(Headers.class);
    if (declared != null) {
      for (String header : declared.value()) {
        int colon = header.indexOf(':');
        if (colon <= 0 || header.indexOf('{') >= 0) {
          throw unsupported(method, "header '" + header + "'");
        }
        headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
      }
    }

    return new RequestPlan(Feign.configKey(api, method), httpMethod, pathParts.toArray(String[]::new),
        pathArgs.stream().mapToInt(Integer::intValue).toArray(), pathTail, query.toArray(QueryPart[]::new),
        Map.copyOf(headers), bodyIndex, bodyIndex < 0 ? null : method.getGenericParameterTypes()[bodyIndex],
        altIdIndex, method.getGenericReturnType());
  }

  /** Feign's name of the method, as the error decoder and logger know it: {@code Api#method(String,String)}. */
  String configKey() {
    return configKey;
  }

  /** What the answer decodes to. */
  Type returnType() {
    return returnType;
  }

  /** The body argument's declared type, or null when the method has none. */
  Type bodyType() {
    return bodyType;
  }

  /**
   * The location a call is about: its {@code altId} query argument, else its body's {@code altId}.
   *
   * @param args the call's arguments
   * @return the location id, or null when the call names none
   */
  String locationId(Object[] args) {
    if (altIdIndex >= 0 && args[altIdIndex] != null) {
      return String.valueOf(args[altIdIndex]);
    }
    if (bodyIndex >= 0 && args[bodyIndex] instanceof LocationScoped scoped) {
      return scoped.getAltId();
    }
    return null;
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
   * The request of one call.
   *
   * @param baseUrl scheme, host and port, without a trailing slash
   * @param args the call's arguments (already checked)
   * @param headers the per-call headers (authorization, version...), added after the static ones
   * @param body the encoded body, or null
   * @return the request
   */
  Request request(String baseUrl, Object[] args, Map<String, String> headers, byte[] body) {
    StringBuilder url = new StringBuilder(baseUrl.length() + 160).append(baseUrl);
    for (int i = 0; i < pathParts.length; i++) {
      url.append(pathParts[i]).append(PathSegmentExpander.encode(String.valueOf(args[pathArgs[i]])));
    }
    url.append(pathTail);
    char separator = '?';
    for (QueryPart part : query) {
      String value = part.encodedLiteral();
      if (value == null) {
        Object argument = args[part.argIndex()];
        if (argument == null) {
          continue; // an unset optional parameter is left out
        }
        value = PathSegmentExpander.percentEncode(String.valueOf(argument));
      }
      url.append(separator).append(part.encodedName()).append('=').append(value);
      separator = '&';
    }
    Map<String, Collection<String>> all = new LinkedHashMap<>(8);
    for (Map.Entry<String, String> header : staticHeaders.entrySet()) {
      all.put(header.getKey(), List.of(header.getValue()));
    }
    for (Map.Entry<String, String> header : headers.entrySet()) {
      all.put(header.getKey(), List.of(header.getValue()));
    }
    return Request.create(httpMethod, url.toString(), all, body, body == null ? null : StandardCharsets.UTF_8, null);
  }

  private static IllegalStateException unsupported(Method method, String what) {
    return new IllegalStateException(method.getDeclaringClass().getSimpleName() + "." + method.getName()
        + ": unsupported in a generated API method: " + what);
  }
}
