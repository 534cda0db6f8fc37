package com.hoopai.invoices.client.errors;

import com.hoopai.invoices.client.RateLimitInfo;
import com.hoopai.invoices.client.errors.ErrorDetails;
import com.hoopai.invoices.client.errors.HoopAiApiException;
import com.hoopai.invoices.client.errors.HoopAiException;
import java.util.List;
import java.util.Optional;

/**
 * The server answered with an error status. Subclasses name the common statuses; any other status
 * (another 4xx, a 3xx redirect) is thrown as this class.
 *
 * <p>Carries the status, the server's {@code message} (for a 422, {@link #messages()} lists them all),
 * its {@code error}, its {@code traceId} when it sent one, the rate-limit headers and a short excerpt of
 * the body when the body was not the JSON error shape (an HTML page from a proxy, a truncated body).
 *
 * <pre>{@code
 * catch (HoopAiApiException e) {
 *   log.warn("status {} trace {} : {}", e.statusCode(), e.traceId().orElse("-"), e.serverMessage());
 * }
 * }</pre>
 */
public class HoopAiApiException extends HoopAiException {

  private static final long serialVersionUID = 1L;

  /** The HTTP status of the answer. */
  private final int statusCode;
  /** The server's messages, possibly empty. */
  private final List<String> messages;
  /** The server's {@code error} field, or {@code null}. */
  private final String serverError;
  /** The server's trace id, or {@code null}. */
  private final String traceId;
  private final transient RateLimitInfo rateLimit;
  /** The start of a body that was not the JSON error shape, or {@code null}. */
  private final String bodyExcerpt;

  /**
   * Creates the exception from the parts of an error answer.
   *
   * @param details what the server answered
   */
  public HoopAiApiException(ErrorDetails details) {
    super(details.describe(), details.requestMethod(), details.requestPath(), details.outcomeUnknown(), null);
    this.statusCode = details.statusCode();
    this.messages = List.copyOf(details.messages());
    this.serverError = details.serverError();
    this.traceId = details.traceId();
    this.rateLimit = details.rateLimit();
    this.bodyExcerpt = details.bodyExcerpt();
  }

  /**
   * The HTTP status code.
   *
   * @return the status, such as 400
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The server's {@code message}: the first one when it sent a list.
   *
   * @return the message, or {@code null} when the body carried none
   */
  public String serverMessage() {
    return messages.isEmpty() ? null : messages.get(0);
  }

  /**
   * Every message of the body: one for most errors, one per failed rule for a 422.
   *
   * @return the messages, possibly empty
   */
  public List<String> messages() {
    return messages;
  }

  /**
   * The server's {@code error} field, usually the reason phrase ({@code Bad Request}).
   *
   * @return the error, or {@code null}
   */
  public String serverError() {
    return serverError;
  }

  /**
   * The server's trace id, from the body or the {@code X-Trace-Id} header; quote it to support.
   *
   * @return the trace id, when the server sent one
   */
  public Optional<String> traceId() {
    return Optional.ofNullable(traceId);
  }

  /**
   * The rate-limit headers of this answer.
   *
   * @return the limits, when the server sent them
   */
  public Optional<RateLimitInfo> rateLimit() {
    return Optional.ofNullable(rateLimit);
  }

  /**
   * The start of the body when it was not the JSON error shape, such as an HTML page from a proxy.
   *
   * @return a short excerpt, or {@code null} when the body was a JSON error
   */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
