package com.hoopai.invoices.client;

/**
 * A request body that names the location it is about through {@code altId}.
 *
 * <p>Every generated request model with an {@code altId} property implements it, so a location-bound
 * view ({@link InvoicesClient#forLocation(String)}) can fill in its location, and the client can ask
 * the {@link AccessTokenProvider} for that location's token.
 *
 * <pre>{@code
 * CreateInvoiceRequest body = new CreateInvoiceRequest().name("March retainer");
 * client.forLocation("ve9EPM428h8vShlRW1KT").invoices().createInvoice(body); // altId filled in
 * }</pre>
 */
public interface LocationScoped {

  /**
   * The location id this body is about.
   *
   * @return the location id, or {@code null} when not set yet
   */
  String getAltId();

  /**
   * Sets the location id this body is about.
   *
   * @param altId the location id
   */
  void setAltId(String altId);
}
