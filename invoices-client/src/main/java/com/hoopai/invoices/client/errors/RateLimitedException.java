package com.hoopai.invoices.client.errors;

import com.hoopai.invoices.client.errors.ErrorDetails;
import com.hoopai.invoices.client.errors.HoopAiApiException;
import com.hoopai.invoices.client.errors.RateLimitedException;
import java.time.Duration;
import java.util.Optional;

/**
 * 429 Too Many Requests: over the limit of 100 requests per 10 seconds or 200,000 per day, per app and
 * location. The server did not process the request, so it is safe to send again after
 * {@link #retryAfter()} (or after the burst window, {@code rateLimit().intervalMillis()}).
 *
 * <pre>{@code
 * catch (RateLimitedException e) {
 *   Thread.sleep(e.retryAfter().orElse(Duration.ofSeconds(10)).toMillis());
 * }
 * }</pre>
 */
public class RateLimitedException extends HoopAiApiException {

  private static final long serialVersionUID = 1L;

  /** How long the server asked to wait, or {@code null}. */
  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public RateLimitedException(ErrorDetails details) {
    super(details);
    this.retryAfter = details.retryAfter();
  }

  /**
   * How long the server asked to wait, from {@code Retry-After} (seconds or an HTTP date).
   *
   * @return the wait, when the server sent the header
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
