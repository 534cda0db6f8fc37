package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * A request as the sandbox reads it: method, path segments, query, headers and body (parsed as JSON
 * when it is JSON, once). Used by one thread, the one serving the request.
 */
final class IncomingRequest {

  private final String method;
  private final String rawPath;
  private final List<String> segments;
  private final Map<String, List<String>> query;
  private final Headers headers;
  private final String body;
  private final String baseUrl;
  private ObjectNode parsed;

  private IncomingRequest(String method, HttpUrl url, Headers headers, String body) {
    this.method = method.toUpperCase(Locale.ROOT);
    this.rawPath = url.encodedPath();
    this.segments = url.pathSegments().stream().filter(s -> !s.isEmpty()).toList();
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String name : url.queryParameterNames()) {
      params.put(name, url.queryParameterValues(name).stream().map(v -> v == null ? "" : v).toList());
    }
    this.query = Map.copyOf(params);
    this.headers = headers;
    this.body = body;
    this.baseUrl = url.newBuilder().encodedPath("/").query(null).build().toString().replaceAll("/$", "");
  }

  /**
   * Reads a recorded request.
   *
   * @param recorded what MockWebServer received
   * @return the request
   */
  public static IncomingRequest of(RecordedRequest recorded) {
    String body = recorded.getBody() == null ? "" : recorded.getBody().string(StandardCharsets.UTF_8);
    return new IncomingRequest(recorded.getMethod(), recorded.getUrl(), recorded.getHeaders(), body);
  }

  /** Upper-case method. */
  public String method() {
    return method;
  }

  /** The path as sent (percent-encoded). */
  public String rawPath() {
    return rawPath;
  }

  /** The decoded, non-empty path segments. */
  public List<String> segments() {
    return segments;
  }

  /** Every query parameter. */
  public Map<String, List<String>> query() {
    return query;
  }

  /** The first value of a query parameter, or {@code null}. */
  public String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** A header, or {@code null}. */
  public String header(String name) {
    return headers.get(name);
  }

  /** Every header. */
  public Headers headers() {
    return headers;
  }

  /** The raw body, empty when none was sent. */
  public String body() {
    return body;
  }

  /** The scheme, host and port the request was sent to. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Whether the body is declared as JSON (or has no declared type but looks like JSON). */
  public boolean isJson() {
    String type = header("Content-Type");
    if (type == null) {
      return !body.isBlank();
    }
    return type.toLowerCase(Locale.ROOT).contains("json");
  }

  /** Whether the body is form-encoded. */
  public boolean isForm() {
    String type = header("Content-Type");
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /**
   * The body as a JSON object, as NestJS's body parser sees it: an empty object when there is no body or it
   * is not declared as JSON.
   *
   * @param mapper the mapper
   * @return the object
   * @throws ApiException 400 when the body is declared as JSON but is not JSON (or not an object)
   */
  public ObjectNode jsonObject(ObjectMapper mapper) {
    if (parsed == null) {
      parsed = parse(mapper);
    }
    return parsed.deepCopy();
  }

  private ObjectNode parse(ObjectMapper mapper) {
    if (body.isBlank() || !isJson()) {
      return mapper.createObjectNode();
    }
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      long position = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getCharOffset());
      throw ApiException.badRequest("Unexpected token in JSON at position " + position);
    }
    if (!(node instanceof ObjectNode object)) {
      throw ApiException.badRequest("Unexpected token in JSON at position 0");
    }
    return object;
  }
}
