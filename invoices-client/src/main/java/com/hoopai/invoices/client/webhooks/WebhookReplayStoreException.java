package com.hoopai.invoices.client.webhooks;

/**
 * A {@link WebhookReplayStore} could not be read or written. The delivery's fate is unknown to the store,
 * so an endpoint answers 429 (HoopAI then delivers it again) rather than processing it unprotected.
 *
 * <pre>{@code
 * try {
 *   verifier.verify(body, request::getHeader);
 * } catch (WebhookReplayStoreException e) {
 *   response.setStatus(429);
 * }
 * }</pre>
 */
public final class WebhookReplayStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A store failure.
   *
   * @param message what failed, with no value from the request
   * @param cause the driver's exception, or {@code null}
   */
  public WebhookReplayStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
