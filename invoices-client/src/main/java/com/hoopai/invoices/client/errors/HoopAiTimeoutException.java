package com.hoopai.invoices.client.errors;

import com.hoopai.invoices.client.errors.HoopAiConnectionException;
import com.hoopai.invoices.client.errors.HoopAiTimeoutException;

/**
 * The server did not answer in time (connect or read timeout). After a read timeout the request may have
 * been processed: see {@link #requestSent()}.
 *
 * <pre>{@code
 * catch (HoopAiTimeoutException e) {
 *   log.warn("no answer to {} {} in time", e.requestMethod(), e.requestPath());
 * }
 * }</pre>
 */
public class HoopAiTimeoutException extends HoopAiConnectionException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what timed out
   * @param requestMethod the HTTP method
   * @param requestPath the URL path
   * @param requestSent whether the request may have reached the server
   * @param idempotent whether repeating the request is safe (if not, and it may have been sent, the
   *     outcome is unknown)
   * @param cause the timeout
   */
  public HoopAiTimeoutException(String message, String requestMethod, String requestPath,
      boolean requestSent, boolean idempotent, Throwable cause) {
    super(message, requestMethod, requestPath, requestSent, idempotent, cause);
  }
}
