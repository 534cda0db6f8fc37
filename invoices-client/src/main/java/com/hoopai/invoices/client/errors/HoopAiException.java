package com.hoopai.invoices.client.errors;

import com.hoopai.invoices.client.errors.HoopAiApiException;
import com.hoopai.invoices.client.errors.HoopAiConnectionException;
import com.hoopai.invoices.client.errors.HoopAiException;
import com.hoopai.invoices.client.errors.InvalidResponseException;

/**
 * The root of every exception the client throws for a call that did not succeed: an error answer from the
 * server ({@link HoopAiApiException} and its subclasses), an answer it could not read
 * ({@link InvalidResponseException}) or a transport failure ({@link HoopAiConnectionException}).
 * Unchecked. Bad arguments fail earlier, before anything is sent, with an {@link IllegalArgumentException}.
 *
 * <p>Messages name the request ({@code POST /invoices/}) but never carry credentials.
 *
 * <pre>{@code
 * try {
 *   invoices.voidInvoice(invoiceId, new LocationRef().altId(locationId));
 * } catch (HoopAiApiException e) {
 *   log.warn("{} answered {}: {}", e.requestPath(), e.statusCode(), e.serverMessage());
 * } catch (HoopAiException e) {
 *   log.warn("void failed: {}", e.getMessage());
 * }
 * }</pre>
 */
public class HoopAiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Appended to the message of a failure whose outcome is unknown. */
  static final String OUTCOME_UNKNOWN = " Outcome unknown: the server may have processed this request;"
      + " check before sending it again.";

  /** The HTTP method of the request, or {@code null} if no request was made. */
  private final String requestMethod;
  /** The URL path of the request, or {@code null} if no request was made. */
  private final String requestPath;
  /** Whether the server may have processed a request that is not safe to repeat. */
  private final boolean outcomeUnknown;

  /**
   * Creates an exception about one request whose outcome is known (it was not processed).
   *
   * @param message what went wrong; must not contain credentials
   * @param requestMethod the HTTP method, or {@code null} when unknown
   * @param requestPath the URL path (no query), or {@code null} when unknown
   * @param cause the underlying failure, or {@code null}
   */
  public HoopAiException(String message, String requestMethod, String requestPath, Throwable cause) {
    this(message, requestMethod, requestPath, false, cause);
  }

  /**
   * Creates an exception about one request.
   *
   * @param message what went wrong; must not contain credentials
   * @param requestMethod the HTTP method, or {@code null} when unknown
   * @param requestPath the URL path (no query), or {@code null} when unknown
   * @param outcomeUnknown whether the server may have processed a request that is not safe to repeat
   * @param cause the underlying failure, or {@code null}
   */
  public HoopAiException(String message, String requestMethod, String requestPath, boolean outcomeUnknown,
      Throwable cause) {
    super(outcomeUnknown ? message + OUTCOME_UNKNOWN : message, cause);
    this.requestMethod = requestMethod;
    this.requestPath = requestPath;
    this.outcomeUnknown = outcomeUnknown;
  }

  /**
   * Whether the server may have processed this request although it failed, for a request that is not
   * safe to repeat (it creates, sends or moves money). Such a request is never retried by the client:
   * check its effect (for example list the invoices) before sending it again.
   *
   * @return {@code true} if the outcome is unknown
   */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  /**
   * The HTTP method of the failed request.
   *
   * @return the method, such as {@code POST}, or {@code null} when unknown
   */
  public String requestMethod() {
    return requestMethod;
  }

  /**
   * The URL path of the failed request, without the query string.
   *
   * @return the path, such as {@code /invoices/6578278e879ad2646715ba9c/send}, or {@code null}
   */
  public String requestPath() {
    return requestPath;
  }
}
