package com.hoopai.invoices.sandbox.server.internal;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.Set;

/**
 * Checks the sandbox's own answers against the spec (status documented, body and headers of its schema),
 * for the sandbox's and the examples' test suites: an answer that does not fit becomes a 500 naming the
 * problem, so that any test meeting it fails. Statuses the spec does not document for any operation (403,
 * 404, 500) are not checked. Thread-safe.
 */
final class ResponseChecker {

  private static final Set<Integer> UNDOCUMENTED = Set.of(403, 404, 500);

  private final OpenApiInteractionValidator validator;

  ResponseChecker(OpenAPI api) {
    this.validator = OpenApiInteractionValidator.createFor(api).build();
  }

  /**
   * The problems of one answer, if any.
   *
   * @param method the request method
   * @param path the path as the spec spells it (variables filled in)
   * @param status the status
   * @param headers the headers, name then value
   * @param body the JSON body, or {@code null}
   * @return one line per problem; empty when the answer fits
   */
  List<String> problems(String method, String path, int status, List<String[]> headers, String body) {
    if (UNDOCUMENTED.contains(status)) {
      return List.of();
    }
    SimpleResponse.Builder response = new SimpleResponse.Builder(status);
    headers.forEach(header -> response.withHeader(header[0], header[1]));
    if (body != null) {
      response.withContentType("application/json").withBody(body);
    }
    return validator.validateResponse(path, Request.Method.valueOf(method), response.build()).getMessages()
        .stream()
        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
        .map(message -> message.getKey() + ": " + message.getMessage())
        .toList();
  }
}
