package com.hoopai.invoices.client.errors;

import com.hoopai.invoices.client.errors.HoopAiConnectionException;
import com.hoopai.invoices.client.errors.HoopAiException;

/**
 * The exchange failed below HTTP: the connection was refused, reset or dropped, DNS or TLS failed.
 *
 * <p>{@link #requestSent()} tells whether the request may have reached the server. When it may have, a
 * request that creates or moves money has an unknown outcome: check before sending it again.
 *
 * <pre>{@code
 * catch (HoopAiConnectionException e) {
 *   if (!e.requestSent()) { retryLater(); } else { reconcileFirst(); }
 * }
 * }</pre>
 */
public class HoopAiConnectionException extends HoopAiException {

  private static final long serialVersionUID = 1L;

  /** Whether the request may have reached the server. */
  private final boolean requestSent;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param requestMethod the HTTP method
   * @param requestPath the URL path
   * @param requestSent whether the request may have reached the server
   * @param idempotent whether repeating the request is safe (if not, and it may have been sent, the
   *     outcome is unknown)
   * @param cause the I/O failure
   */
  public HoopAiConnectionException(String message, String requestMethod, String requestPath,
      boolean requestSent, boolean idempotent, Throwable cause) {
    super(message, requestMethod, requestPath, requestSent && !idempotent, cause);
    this.requestSent = requestSent;
  }

  /**
   * Whether the request may have reached the server. {@code false} only when the client knows it did
   * not (the connection was refused or could not be opened).
   *
   * @return {@code true} if the server may have received, and processed, the request
   */
  public boolean requestSent() {
    return requestSent;
  }
}
