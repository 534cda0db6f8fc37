package com.hoopai.invoices.client.errors;

import com.hoopai.invoices.client.errors.InvalidRequestException;
import java.util.List;

/**
 * Arguments the client refuses before anything is sent, naming every problem at once: a missing path id,
 * params that fail their checks, body properties the spec requires that are unset.
 *
 * <pre>{@code
 * catch (InvalidRequestException e) {
 *   e.problems().forEach(System.err::println);   // "body.items[1].name is required", ...
 * }
 * }</pre>
 */
public class InvalidRequestException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** What was refused: a params class, a request model or an operation. */
  private final String subject;
  /** Every problem found, one sentence each. */
  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param subject what was refused: an operation such as {@code createInvoice}, or a params class
   * @param problems each problem, one sentence naming the input
   */
  public InvalidRequestException(String subject, List<String> problems) {
    super(subject + ": " + String.join("; ", problems));
    this.subject = subject;
    this.problems = List.copyOf(problems);
  }

  /**
   * What was refused.
   *
   * @return the operation id or params class name
   */
  public String subject() {
    return subject;
  }

  /**
   * Every problem found, in argument order.
   *
   * @return one sentence per problem, such as {@code invoiceId is required}
   */
  public List<String> problems() {
    return problems;
  }
}
