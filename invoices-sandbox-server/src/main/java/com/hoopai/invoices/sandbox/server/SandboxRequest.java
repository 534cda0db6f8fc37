package com.hoopai.invoices.sandbox.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request the server received, as sent, with the operation it asked for and the status it was answered
 * with. Immutable. It may carry secrets (tokens, client secrets): assert on it, never print it; its
 * {@code toString} shows only the method, path and status.
 *
 * <pre>{@code
 * SandboxRequest request = server.requests().take(Duration.ofSeconds(1));
 * assertThat(request.header("Version")).isEqualTo("2021-07-28");
 * assertThat(request.queryParameter("altId")).isEqualTo(locationId);
 * }</pre>
 *
 * @param method the upper-case method
 * @param path the path as sent (percent-encoded), without the query
 * @param query the query as sent (percent-encoded), empty when there was none
 * @param headers every header, names in lower case, values in order
 * @param body the body as UTF-8 text, empty when there was none
 * @param operation the spec's {@code operationId}, {@code oauth/token} or {@code oauth/locationToken}; empty
 *     when no route matched
 * @param status the status the server answered, 0 when it answered none (a dropped connection)
 */
public record SandboxRequest(String method, String path, String query, Map<String, List<String>> headers,
    String body, String operation, int status) {

  /**
   * A request.
   *
   * @param method the method
   * @param path the path
   * @param query the query
   * @param headers the headers
   * @param body the body
   * @param operation the operation
   * @param status the status
   */
  public SandboxRequest {
    method = method.toUpperCase(Locale.ROOT);
    query = query == null ? "" : query;
    body = body == null ? "" : body;
    operation = operation == null ? "" : operation;
    Map<String, List<String>> lower = new TreeMap<>();
    headers.forEach((name, values) -> lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
        .addAll(values));
    Map<String, List<String>> copy = new LinkedHashMap<>();
    lower.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Map.copyOf(copy);
  }

  /**
   * The first value of a header, whatever the case of its name.
   *
   * @param name the header name
   * @return the value, or {@code null}
   */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * The token of the {@code Authorization: Bearer} header.
   *
   * @return the token, or {@code null}
   */
  public String bearerToken() {
    String authorization = header("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return authorization.substring(7).strip();
  }

  /**
   * The first value of a query parameter, decoded.
   *
   * @param name the parameter
   * @return the value, or {@code null}
   */
  public String queryParameter(String name) {
    return decodePairs(query).get(name);
  }

  /**
   * The body read as a form ({@code application/x-www-form-urlencoded}), decoded, in order.
   *
   * <pre>{@code
   * assertThat(request.form()).containsEntry("grant_type", "refresh_token");
   * }</pre>
   *
   * @return the fields (the first value of each)
   */
  public Map<String, String> form() {
    return decodePairs(body);
  }

  /**
   * Whether this request went to one of the OAuth endpoints rather than the API.
   *
   * @return true for {@code /oauth/...}
   */
  public boolean isOAuth() {
    return path.startsWith("/oauth/");
  }

  @Override
  public String toString() {
    return "SandboxRequest{" + method + " " + path + " -> " + status + "}";
  }

  private static Map<String, String> decodePairs(String text) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      pairs.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return Collections.unmodifiableMap(pairs);
  }
}
