package com.hoopai.invoices.client.errors;

import com.hoopai.invoices.client.errors.ErrorDetails;
import com.hoopai.invoices.client.errors.HoopAiApiException;
import com.hoopai.invoices.client.errors.UnprocessableEntityException;

/**
 * 422 Unprocessable Entity: the body failed validation; {@link #messages()} lists every failed rule.
 *
 * <pre>{@code
 * catch (UnprocessableEntityException e) {
 *   log.warn("{}: {}", e.statusCode(), e.messages());
 * }
 * }</pre>
 */
public class UnprocessableEntityException extends HoopAiApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public UnprocessableEntityException(ErrorDetails details) {
    super(details);
  }
}
