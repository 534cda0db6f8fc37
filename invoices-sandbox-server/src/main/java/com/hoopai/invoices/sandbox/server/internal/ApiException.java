package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A refusal, answered with the API's error body: {@code {statusCode, message, error}}, where
 * {@code message} is a string, or a list of strings for 422 (NestJS's default shapes, which the API uses).
 */
final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient ObjectNode body;

  private ApiException(int status, String error, Object message) {
    super(message.toString(), null, false, false);
    this.status = status;
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("statusCode", status);
    if (message instanceof List<?> messages) {
      ArrayNode array = node.putArray("message");
      messages.forEach(m -> array.add(m.toString()));
    } else {
      node.put("message", message.toString());
    }
    node.put("error", error);
    this.body = node;
  }

  /** 400: a malformed request or a business rule. */
  public static ApiException badRequest(String message) {
    return new ApiException(400, "Bad Request", message);
  }

  /** 401: the token is missing, unknown, expired or lacks the scope. */
  public static ApiException unauthorized(String message) {
    return new ApiException(401, "Unauthorized", message);
  }

  /** 403: the token is valid but not for this location. */
  public static ApiException forbidden(String message) {
    return new ApiException(403, "Forbidden", message);
  }

  /** 404: no such route (NestJS's "Cannot GET /path"). */
  public static ApiException notFound(String message) {
    return new ApiException(404, "Not Found", message);
  }

  /** 422: the body or the parameters failed validation; one message per problem. */
  public static ApiException unprocessable(List<String> messages) {
    return new ApiException(422, "Unprocessable Entity", List.copyOf(messages));
  }

  /** 429: over the rate limit. */
  public static ApiException tooManyRequests() {
    return new ApiException(429, "Too Many Requests", "Too many requests");
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The error body (a copy). */
  public ObjectNode body() {
    return body.deepCopy();
  }
}
