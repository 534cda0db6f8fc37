package com.hoopai.invoices.client;

/**
 * 403 Forbidden: the token may not act on this location or resource.
 *
 * <pre>{@code
 * catch (ForbiddenException e) {
 *   log.warn("{}: {}", e.statusCode(), e.messages());
 * }
 * }</pre>
 */
public class ForbiddenException extends HoopAiApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public ForbiddenException(ErrorDetails details) {
    super(details);
  }
}
