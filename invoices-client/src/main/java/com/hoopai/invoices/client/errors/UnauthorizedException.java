package com.hoopai.invoices.client.errors;

import com.hoopai.invoices.client.errors.ErrorDetails;
import com.hoopai.invoices.client.errors.HoopAiApiException;
import com.hoopai.invoices.client.errors.UnauthorizedException;

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
