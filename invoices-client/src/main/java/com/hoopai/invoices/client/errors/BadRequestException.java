package com.hoopai.invoices.client.errors;

import com.hoopai.invoices.client.errors.BadRequestException;
import com.hoopai.invoices.client.errors.ErrorDetails;
import com.hoopai.invoices.client.errors.HoopAiApiException;

/**
 * 400 Bad Request: a malformed value, or a business rule such as 'only drafts can be deleted'. Note that the API answers an unknown id with 400, not 404.
 *
 * <pre>{@code
 * catch (BadRequestException e) {
 *   log.warn("{}: {}", e.statusCode(), e.messages());
 * }
 * }</pre>
 */
public class BadRequestException extends HoopAiApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public BadRequestException(ErrorDetails details) {
    super(details);
  }
}
