package com.hoopai.invoices.client.errors;

import com.hoopai.invoices.client.errors.HoopAiException;
import com.hoopai.invoices.client.errors.InvalidResponseException;

/**
 * A success status whose body the client could not read: not JSON (an HTML page from a proxy), truncated,
 * empty, or not the shape the operation returns. The server did process the request.
 *
 * <pre>{@code
 * catch (InvalidResponseException e) {
 *   log.error("unreadable answer ({}): {}", e.statusCode(), e.bodyExcerpt());
 * }
 * }</pre>
 */
public class InvalidResponseException extends HoopAiException {

  private static final long serialVersionUID = 1L;

  /** The HTTP status of the answer. */
  private final int statusCode;
  /** The start of the body, possibly empty. */
  private final String bodyExcerpt;

  /**
   * Creates the exception.
   *
   * @param reason why the body could not be read
   * @param requestMethod the HTTP method
   * @param requestPath the URL path
   * @param statusCode the HTTP status of the answer
   * @param bodyExcerpt the start of the body, possibly empty
   * @param cause the parser's failure, or {@code null}
   */
  public InvalidResponseException(String reason, String requestMethod, String requestPath, int statusCode,
      String bodyExcerpt, Throwable cause) {
    super(statusCode + " on " + requestMethod + " " + requestPath + ": " + reason
        + (bodyExcerpt == null || bodyExcerpt.isEmpty() ? "" : ": " + bodyExcerpt),
        requestMethod, requestPath, cause);
    this.statusCode = statusCode;
    this.bodyExcerpt = bodyExcerpt;
  }

  /**
   * The HTTP status of the answer.
   *
   * @return the status
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The start of the body.
   *
   * @return a short excerpt, possibly empty
   */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
