package com.hoopai.invoices.spring.autoconfigure;

/**
 * An agency (Company) installation whose token mints each location's token.
 *
 * <pre>{@code
 * hoopai.invoices.agency.company-id=${HOOPAI_COMPANY_ID}
 * }</pre>
 */
public class AgencyProperties {

  /** The agency's company id: location tokens are minted from its Company token (user type company). */
  private String companyId;

  /**
   * The value of {@code hoopai.invoices.agency.company-id}.
   *
   * @return the value
   */
  public String getCompanyId() {
    return companyId;
  }

  /**
   * Sets {@code hoopai.invoices.agency.company-id}.
   *
   * @param companyId the value
   */
  public void setCompanyId(String companyId) {
    this.companyId = companyId;
  }
}
