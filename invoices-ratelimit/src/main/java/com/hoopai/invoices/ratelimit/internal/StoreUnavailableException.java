package com.hoopai.invoices.ratelimit.internal;

/**
 * A store call failed or was too slow. Its message never quotes a URL or a password; the cause is the
 * driver's exception.
 */
public final class StoreUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates it.
   *
   * @param message what went wrong
   * @param cause the driver's failure
   */
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
