package com.hoopai.invoices.apicheck;

/**
 * An API changed in a way that breaks callers, and its baseline was not updated on purpose (or is missing).
 * The message names every breaking change and the command that accepts them.
 *
 * <pre>{@code
 * try {
 *   baseline.check(current, false, System.out);
 * } catch (BreakingApiChangeException e) {
 *   System.err.println(e.getMessage());   // "1 breaking change in the spec ...:\n  - operation deleteInvoice ..."
 * }
 * }</pre>
 */
public final class BreakingApiChangeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the breaking changes, by name, and the update command
   */
  public BreakingApiChangeException(String message) {
    super(message, null, false, false);   // the message is the whole story: no stack trace in the build log
  }
}
