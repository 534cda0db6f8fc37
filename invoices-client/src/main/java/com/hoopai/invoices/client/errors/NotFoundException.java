package com.hoopai.invoices.client.errors;

import com.hoopai.invoices.client.errors.ErrorDetails;
import com.hoopai.invoices.client.errors.HoopAiApiException;
import com.hoopai.invoices.client.errors.NotFoundException;

/**
 * 404 Not Found: no such route or resource (the API answers most unknown ids with 400 instead).
 *
 * <pre>{@code
 * catch (NotFoundException e) {
 *   log.warn("{}: {}", e.statusCode(), e.messages());
 * }
 * }</pre>
 */
public class NotFoundException extends HoopAiApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public NotFoundException(ErrorDetails details) {
    super(details);
  }
}
