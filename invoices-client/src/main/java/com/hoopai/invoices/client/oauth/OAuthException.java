package com.hoopai.invoices.client.oauth;

import com.hoopai.invoices.client.errors.HoopAiException;

/**
 * A token could not be obtained: the token endpoint refused or failed, its answer was lost or unreadable,
 * or the token store failed. Unchecked. The message names the location or company and the endpoint, never
 * a token, code or client secret. The API request that needed the token was not sent, so it is safe to
 * send again; the client's retry policy leaves these failures to the caller.
 *
 * <pre>{@code
 * try {
 *   acme.invoices().getInvoice(invoiceId);
 * } catch (ReauthorizationRequiredException e) {
 *   alertCustomer(e.key());                       // the app must be installed again
 * } catch (OAuthException e) {
 *   if (e.refreshOutcomeUnknown()) {              // 5xx or timeout on a refresh: retried later, once
 *     log.warn("token refresh of {} failed: {}", e.key(), e.getMessage());
 *   }
 * }
 * }</pre>
 */
public class OAuthException extends HoopAiException {

  private static final long serialVersionUID = 1L;

  /** The location or company id. */
  private final String key;
  /** The token endpoint's HTTP status, or 0. */
  private final int statusCode;
  /** The token endpoint's error text, free of secrets. */
  private final String serverMessage;
  /** Whether a refresh token may have been spent without its answer arriving. */
  private final boolean refreshOutcomeUnknown;

  /**
   * Creates an exception.
   *
   * @param message what went wrong; must not contain secrets
   * @param key the location or company id, or {@code null}
   * @param requestPath the token endpoint's path, or {@code null} when no request was involved
   * @param statusCode the HTTP status of the answer, or 0 when there was none
   * @param serverMessage the server's error text (already free of secrets), or {@code null}
   * @param refreshOutcomeUnknown whether a refresh request may have been processed without its answer
   *     reaching us, so its refresh token may be spent
   * @param cause the underlying failure, or {@code null}
   */
  public OAuthException(String message, String key, String requestPath, int statusCode, String serverMessage,
      boolean refreshOutcomeUnknown, Throwable cause) {
    super(message, requestPath == null ? null : "POST", requestPath, cause);
    this.key = key;
    this.statusCode = statusCode;
    this.serverMessage = serverMessage;
    this.refreshOutcomeUnknown = refreshOutcomeUnknown;
  }

  /**
   * The store key the failure is about: a location id, or a company id for agency tokens.
   *
   * @return the key, or {@code null} (an authorization-code exchange before the answer named one)
   */
  public String key() {
    return key;
  }

  /**
   * The HTTP status the token endpoint answered.
   *
   * @return the status, or 0 when no answer was received (timeout, connection failure, store failure)
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The token endpoint's own error text ({@code error_description}, {@code message}...).
   *
   * @return the text, or {@code null}
   */
  public String serverMessage() {
    return serverMessage;
  }

  /**
   * True when a refresh request may have reached the server but no usable answer came back (a 5xx, a
   * timeout, a dropped connection, an unreadable body). The refresh token may or may not have been spent;
   * the SDK keeps it, does not retry in a loop, and tries it once more after a back-off.
   *
   * @return whether the refresh's outcome is unknown
   */
  public boolean refreshOutcomeUnknown() {
    return refreshOutcomeUnknown;
  }
}
