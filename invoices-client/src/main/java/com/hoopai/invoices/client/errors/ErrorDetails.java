package com.hoopai.invoices.client.errors;

import com.hoopai.invoices.client.RateLimitInfo;
import com.hoopai.invoices.client.errors.BadRequestException;
import com.hoopai.invoices.client.errors.ErrorDetails;
import com.hoopai.invoices.client.errors.HoopAiApiException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What an error answer said: the parts every {@link HoopAiApiException} carries. Built by the client
 * when it decodes an error; public so applications can build the exceptions in their own tests.
 *
 * <pre>{@code
 * ErrorDetails details = new ErrorDetails("GET", "/invoices/abc", 400, List.of("Unable to find invoice"),
 *     "Bad Request", null, null, null, null, false);
 * throw new BadRequestException(details);
 * }</pre>
 *
 * @param requestMethod the HTTP method of the request
 * @param requestPath the URL path of the request, without the query
 * @param statusCode the HTTP status
 * @param messages the server's messages (one, or one per rule for a 422), possibly empty
 * @param serverError the server's {@code error} field, or {@code null}
 * @param traceId the server's trace id, or {@code null}
 * @param rateLimit the rate-limit headers, or {@code null}
 * @param retryAfter the server's {@code Retry-After}, or {@code null}
 * @param bodyExcerpt the start of a body that was not the JSON error shape, or {@code null}
 * @param outcomeUnknown whether the server may have processed a request that is not safe to repeat
 */
public record ErrorDetails(
    String requestMethod,
    String requestPath,
    int statusCode,
    List<String> messages,
    String serverError,
    String traceId,
    RateLimitInfo rateLimit,
    Duration retryAfter,
    String bodyExcerpt,
    boolean outcomeUnknown) {

  /**
   * Checks the parts and copies the messages.
   *
   * @param requestMethod the HTTP method of the request
   * @param requestPath the URL path of the request, without the query
   * @param statusCode the HTTP status
   * @param messages the server's messages, possibly empty, never {@code null}
   * @param serverError the server's {@code error} field, or {@code null}
   * @param traceId the server's trace id, or {@code null}
   * @param rateLimit the rate-limit headers, or {@code null}
   * @param retryAfter the server's {@code Retry-After}, or {@code null}
   * @param bodyExcerpt the start of a body that was not the JSON error shape, or {@code null}
   * @param outcomeUnknown whether the server may have processed a request that is not safe to repeat
   */
  public ErrorDetails {
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
  }

  /**
   * A one-line description: status, request, messages, trace id, or the excerpt.
   *
   * @return the description used as the exception message
   */
  public String describe() {
    StringBuilder text = new StringBuilder()
        .append(statusCode)
        .append(serverError == null ? "" : " " + serverError)
        .append(" on ").append(requestMethod).append(' ').append(requestPath);
    if (!messages.isEmpty()) {
      text.append(": ").append(String.join("; ", messages));
    } else if (bodyExcerpt != null && !bodyExcerpt.isEmpty()) {
      text.append(": unexpected body: ").append(bodyExcerpt);
    }
    if (traceId != null) {
      text.append(" (traceId ").append(traceId).append(')');
    }
    return text.toString();
  }
}
