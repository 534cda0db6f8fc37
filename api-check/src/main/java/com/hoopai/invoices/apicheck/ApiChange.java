package com.hoopai.invoices.apicheck;

import java.util.Objects;

/**
 * One difference between a baseline API and the current one, by name: an operation, a parameter, a property,
 * a Java type or member.
 *
 * <pre>{@code
 * ApiChange change = ApiChange.removed("operation deleteInvoice (DELETE /invoices/{invoiceId})", true);
 * change.toString();   // "- operation deleteInvoice (DELETE /invoices/{invoiceId})  [breaking]"
 * }</pre>
 *
 * @param kind     added, changed or removed
 * @param subject  what changed, named as a maintainer would look for it
 * @param breaking whether code or data that worked against the baseline may stop working
 */
public record ApiChange(Kind kind, String subject, boolean breaking) {

  /** Whether something appeared, changed or disappeared. */
  public enum Kind {
    /** Present now, absent from the baseline. */
    ADDED("+"),
    /** Present in both, different. */
    CHANGED("~"),
    /** Present in the baseline, absent now. */
    REMOVED("-");

    private final String sign;

    Kind(String sign) {
      this.sign = sign;
    }

    /**
     * The sign a change of this kind is printed with.
     *
     * @return {@code +}, {@code ~} or {@code -}
     */
    public String sign() {
      return sign;
    }
  }

  /**
   * Checks that both the kind and the subject are given.
   *
   * @param kind     added, changed or removed
   * @param subject  what changed
   * @param breaking whether it breaks callers
   */
  public ApiChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
  }

  /**
   * Something new.
   *
   * @param subject  what was added, e.g. {@code "query parameter listInvoices.dueBefore"}
   * @param breaking true for an addition that callers must act on (a new required input)
   * @return the change
   */
  public static ApiChange added(String subject, boolean breaking) {
    return new ApiChange(Kind.ADDED, subject, breaking);
  }

  /**
   * Something different.
   *
   * @param subject  what changed and how
   * @param breaking whether callers may break
   * @return the change
   */
  public static ApiChange changed(String subject, boolean breaking) {
    return new ApiChange(Kind.CHANGED, subject, breaking);
  }

  /**
   * Something gone.
   *
   * @param subject  what was removed
   * @param breaking whether callers may break (a removal nearly always does)
   * @return the change
   */
  public static ApiChange removed(String subject, boolean breaking) {
    return new ApiChange(Kind.REMOVED, subject, breaking);
  }

  /**
   * The change as the build prints it: sign, subject, and a {@code [breaking]} mark when it breaks callers.
   *
   * @return e.g. {@code "+ method InvoicesApi.listInvoices(ListInvoicesParams): InvoiceList"}
   */
  @Override
  public String toString() {
    return kind.sign() + " " + subject + (breaking ? "  [breaking]" : "");
  }
}
