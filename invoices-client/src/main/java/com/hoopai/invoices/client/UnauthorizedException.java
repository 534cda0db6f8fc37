package com.hoopai.invoices.client;

/**
 * 401 Unauthorized: the token is missing, invalid or expired, or lacks the operation's scope.
 *
 * <pre>{@code
 * catch (UnauthorizedException e) {
 *   log.warn("{}: {}", e.statusCode(), e.messages());
 * }
 * }</pre>
 */
public class UnauthorizedException extends HoopAiApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public UnauthorizedException(ErrorDetails details) {
    super(details);
  }
}
