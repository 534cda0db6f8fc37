package com.hoopai.invoices.client;

/**
 * A request body that names the location it is about through {@code altId}.
 *
 * <p>Every generated request model with an {@code altId} property implements it (the spec marks them
 * {@code x-sdk-location-scoped}), so the client can ask the {@link AccessTokenProvider} for that location's
 * token, and a location-bound view can put its location into the JSON it sends without modifying the body.
 *
 * <pre>{@code
 * CreateInvoiceRequest body = new CreateInvoiceRequest().name("March retainer");
 * client.forLocation("ve9EPM428h8vShlRW1KT").invoices().createInvoice(body); // altId sent, body unchanged
 * }</pre>
 */
public interface LocationScoped {

  /**
   * The location id this body is about.
   *
   * @return the location id, or {@code null} when not set
   */
  String getAltId();
}
