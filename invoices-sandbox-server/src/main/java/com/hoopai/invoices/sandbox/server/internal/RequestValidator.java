package com.hoopai.invoices.sandbox.server.internal;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;

/**
 * Checks a request against the spec with Atlassian's swagger-request-validator, and turns what it finds
 * into the API's 422 answer. Thread-safe.
 */
final class RequestValidator {

  private final OpenApiInteractionValidator validator;

  /**
   * A validator of the given spec.
   *
   * @param api the parsed spec
   */
  public RequestValidator(OpenAPI api) {
    this.validator = OpenApiInteractionValidator.createFor(api)
        .withLevelResolver(LevelResolver.create()
            // The sandbox checks the token and the Version header itself, first, with the API's answers.
            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
            .withLevel("validation.request.parameter.header", ValidationReport.Level.IGNORE)
            .build())
        .build();
  }

  /**
   * Validates a request.
   *
   * @param request the request
   * @param method the HTTP method
   * @param path the path as the spec's template would spell it (trailing slash normalised)
   * @param jsonBody the body as the caller parsed it ({@code {}} when absent), or {@code null} when the
   *     operation takes none
   * @throws ApiException 422 listing every problem
   */
  public void validate(IncomingRequest request, String method, String path, String jsonBody) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(Request.Method.valueOf(method), path);
    request.query().forEach(builder::withQueryParam);
    // No headers: the only header parameter (Version) and the token are checked before, and the body is
    // handed over as the JSON the caller parsed, whatever Content-Type the request declared.
    if (jsonBody != null) {
      builder.withContentType("application/json").withBody(jsonBody);
    }
    ValidationReport report = validator.validateRequest(builder.build());
    List<String> messages = ValidationMessages.of(report);
    if (!messages.isEmpty()) {
      throw ApiException.unprocessable(messages);
    }
  }
}
