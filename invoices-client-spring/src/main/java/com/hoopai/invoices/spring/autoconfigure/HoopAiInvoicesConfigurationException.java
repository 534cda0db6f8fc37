package com.hoopai.invoices.spring.autoconfigure;

/**
 * The {@code hoopai.invoices.*} properties are missing, contradictory or invalid: thrown at startup, and
 * explained by the starter's failure analyzer. The message names the property, never a secret's value.
 *
 * <pre>{@code
 * ***************************
 * APPLICATION FAILED TO START
 * ***************************
 * Description:
 * The HoopAI Invoices client has no credentials.
 * Action:
 * Set hoopai.invoices.access-token (a Private Integration Token), or hoopai.invoices.oauth.client-id and ...
 * }</pre>
 */
public class HoopAiInvoicesConfigurationException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The property at fault. */
  private final String property;
  /** What to change. */
  private final String action;

  /**
   * Creates the exception.
   *
   * @param property the property at fault, such as {@code hoopai.invoices.oauth.client-secret}
   * @param problem what is wrong, without any secret value
   * @param action what to change
   */
  public HoopAiInvoicesConfigurationException(String property, String problem, String action) {
    this(property, problem, action, null);
  }

  /**
   * Creates the exception.
   *
   * @param property the property at fault
   * @param problem what is wrong, without any secret value
   * @param action what to change
   * @param cause the validation failure, or {@code null}
   */
  public HoopAiInvoicesConfigurationException(String property, String problem, String action, Throwable cause) {
    super(problem, cause);
    this.property = property;
    this.action = action;
  }

  /**
   * The property at fault.
   *
   * @return its name, such as {@code hoopai.invoices.oauth.client-secret}
   */
  public String property() {
    return property;
  }

  /**
   * What to change.
   *
   * @return the advice shown as the failure analysis' action
   */
  public String action() {
    return action;
  }
}
