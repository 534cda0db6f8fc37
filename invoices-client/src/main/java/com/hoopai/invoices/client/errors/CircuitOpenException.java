package com.hoopai.invoices.client.errors;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.errors.CircuitOpenException;
import com.hoopai.invoices.client.errors.HoopAiException;

/**
 * The client's circuit breaker is open after repeated failures: the call failed fast, nothing was sent.
 * Configure the breaker with {@link InvoicesClient.Builder#circuitBreaker}.
 *
 * <pre>{@code
 * catch (CircuitOpenException e) {
 *   return cachedAnswerOrLater();
 * }
 * }</pre>
 */
public class CircuitOpenException extends HoopAiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why the call was refused
   * @param requestMethod the HTTP method that would have been sent
   * @param requestPath the path that would have been called, or {@code null}
   * @param cause Resilience4j's refusal
   */
  public CircuitOpenException(String message, String requestMethod, String requestPath, Throwable cause) {
    super(message, requestMethod, requestPath, cause);
  }
}
