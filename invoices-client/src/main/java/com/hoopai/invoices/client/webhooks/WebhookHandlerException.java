package com.hoopai.invoices.client.webhooks;

/**
 * One or more handlers of an event failed. The first failure is the cause, the others are suppressed;
 * the message names the event type and the exception classes, never the body.
 *
 * <pre>{@code
 * try {
 *   dispatcher.dispatch(event);
 * } catch (WebhookHandlerException e) {
 *   log.error("webhook handler failed", e);
 * }
 * }</pre>
 */
public final class WebhookHandlerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many handlers failed. */
  private final int failures;

  /**
   * A failure.
   *
   * @param message what failed
   * @param failures how many handlers failed
   * @param cause the first failure
   */
  public WebhookHandlerException(String message, int failures, Throwable cause) {
    super(message, cause);
    this.failures = failures;
  }

  /**
   * How many handlers failed.
   *
   * @return the count, at least 1
   */
  public int failures() {
    return failures;
  }
}
