package com.hoopai.invoices.client.errors;

import com.hoopai.invoices.client.errors.ErrorDetails;
import com.hoopai.invoices.client.errors.HoopAiApiException;
import com.hoopai.invoices.client.errors.ServerErrorException;

/**
 * A 5xx answer: the server failed. For a request that creates or moves money, the outcome is unknown; check before trying again.
 *
 * <pre>{@code
 * catch (ServerErrorException e) {
 *   log.warn("{}: {}", e.statusCode(), e.messages());
 * }
 * }</pre>
 */
public class ServerErrorException extends HoopAiApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the server answered
   */
  public ServerErrorException(ErrorDetails details) {
    super(details);
  }
}
