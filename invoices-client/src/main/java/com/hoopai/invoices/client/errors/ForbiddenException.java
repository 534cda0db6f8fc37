package com.hoopai.invoices.client.errors;

import com.hoopai.invoices.client.errors.ErrorDetails;
import com.hoopai.invoices.client.errors.ForbiddenException;
import com.hoopai.invoices.client.errors.HoopAiApiException;

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
