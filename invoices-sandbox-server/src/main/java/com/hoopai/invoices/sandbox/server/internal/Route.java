package com.hoopai.invoices.sandbox.server.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One operation of the spec: its method, path template, operation id and the OAuth scopes it needs.
 *
 * @param method upper-case HTTP method
 * @param template the spec's path, such as {@code /invoices/{invoiceId}/send}
 * @param operationId the spec's operation id
 * @param scopes the scopes a token needs (any one of them); empty when the spec names none
 * @param hasBody whether the operation takes a JSON body
 * @param locationTokensOnly whether the spec accepts only Location-Access (sub-account) tokens
 */
record Route(String method, String template, String operationId, List<String> scopes, boolean hasBody,
    boolean locationTokensOnly) {

  /**
   * The path variables if {@code segments} (decoded, without a trailing empty segment) fit this template.
   *
   * @param segments the request's path segments
   * @return the variables by name, or {@code null} when the path does not fit
   */
  Map<String, String> match(List<String> segments) {
    List<String> parts = Paths.segments(template);
    if (parts.size() != segments.size()) {
      return null;
    }
    Map<String, String> variables = new LinkedHashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      String actual = segments.get(i);
      if (part.startsWith("{") && part.endsWith("}")) {
        if (actual.isEmpty()) {
          return null;
        }
        variables.put(part.substring(1, part.length() - 1), actual);
      } else if (!part.equals(actual)) {
        return null;
      }
    }
    return variables;
  }

  /**
   * The request path as the spec spells it, with the variables filled in (percent-encoded).
   *
   * @param variables the path variables
   * @return the path
   */
  String expand(Map<String, String> variables) {
    String path = template;
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      String encoded = URLEncoder.encode(variable.getValue(), StandardCharsets.UTF_8).replace("+", "%20");
      path = path.replace("{" + variable.getKey() + "}", encoded);
    }
    return path;
  }

  /** How many path variables the template has: a literal segment wins over a variable. */
  int variableCount() {
    return (int) Paths.segments(template).stream().filter(p -> p.startsWith("{")).count();
  }
}
