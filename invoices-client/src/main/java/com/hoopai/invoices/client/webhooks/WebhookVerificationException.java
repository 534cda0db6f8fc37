package com.hoopai.invoices.client.webhooks;

/**
 * A webhook request was refused: its {@link #reason()} says why, and {@link Reason#httpStatus()} what to
 * answer. The message names the check that failed and never quotes the body, a signature or a header value.
 *
 * <pre>{@code
 * try {
 *   WebhookEvent event = verifier.verify(body, request::getHeader);
 * } catch (WebhookVerificationException e) {
 *   response.setStatus(e.reason().httpStatus());
 * }
 * }</pre>
 */
public final class WebhookVerificationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a webhook request was refused, with the status an endpoint answers. */
  public enum Reason {
    /** Neither {@code x-ghl-signature} nor {@code x-wh-signature} is present. */
    MISSING_SIGNATURE(401),
    /** The signature header is not base64, or not the length of the scheme's signatures. */
    MALFORMED_SIGNATURE(401),
    /** The signature does not match the body under any configured key. */
    BAD_SIGNATURE(401),
    /** The body is longer than the configured maximum. */
    TOO_LARGE(413),
    /** The body is not a JSON object. */
    NOT_JSON(400),
    /** The body has no usable {@code timestamp} (absent or not ISO-8601). */
    MISSING_TIMESTAMP(400),
    /** The body has no {@code webhookId}. */
    MISSING_WEBHOOK_ID(400),
    /** The {@code timestamp} is older than the tolerance allows. */
    STALE(400),
    /** The {@code timestamp} is further in the future than the clock skew allowance. */
    FUTURE(400),
    /**
     * The {@code webhookId} was processed already. Answered 200: the delivery is acknowledged, not
     * processed again.
     */
    DUPLICATE(200);

    private final int httpStatus;

    Reason(int httpStatus) {
      this.httpStatus = httpStatus;
    }

    /**
     * The status an endpoint answers: 401 for signature problems, 413 for a body too large, 400 for a
     * body that is not a fresh, identified JSON event, 200 for a duplicate (acknowledged, not processed).
     * None is 429, the only status on which HoopAI delivers again.
     *
     * @return the HTTP status
     */
    public int httpStatus() {
      return httpStatus;
    }

    /**
     * The reason as a metric tag value, e.g. {@code bad_signature}.
     *
     * @return the lower-case name
     */
    public String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Why the delivery was refused. */
  private final Reason reason;

  /**
   * A refusal.
   *
   * @param reason why
   * @param message what failed, without any value taken from the request
   */
  public WebhookVerificationException(Reason reason, String message) {
    super(message);
    this.reason = java.util.Objects.requireNonNull(reason, "reason");
  }

  /**
   * Why the request was refused.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
