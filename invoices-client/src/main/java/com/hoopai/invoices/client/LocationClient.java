package com.hoopai.invoices.client;

import com.hoopai.invoices.api.EstimateTemplatesLocationApi;
import com.hoopai.invoices.api.EstimatesLocationApi;
import com.hoopai.invoices.api.InvoiceSchedulesLocationApi;
import com.hoopai.invoices.api.InvoiceTemplatesLocationApi;
import com.hoopai.invoices.api.InvoicesLocationApi;
import com.hoopai.invoices.client.internal.LocationBinding;

/**
 * Every API of an {@link InvoicesClient}, bound to one location: no call takes {@code altId}, and request
 * bodies get the location filled in. Immutable, thread-safe and cheap: it shares the client's connections.
 *
 * <pre>{@code
 * LocationClient acme = client.forLocation("ve9EPM428h8vShlRW1KT");
 * Invoice invoice = acme.invoices().getInvoice("6578278e879ad2646715ba9c");
 * }</pre>
 */
public final class LocationClient {

  private final InvoicesClient client;
  private final String locationId;

  LocationClient(InvoicesClient client, String locationId) {
    this.client = client;
    this.locationId = LocationBinding.checkLocationId(locationId);
  }

  /**
   * The location every call is about.
   *
   * @return the location id
   */
  public String locationId() {
    return locationId;
  }

  /**
   * Invoices, text2pay, numbering and settings of this location.
   *
   * @return the view (a thin wrapper over the client's shared proxy)
   */
  public InvoicesLocationApi invoices() {
    return new InvoicesLocationApi(client.invoices(), locationId);
  }

  /**
   * Invoice templates of this location.
   *
   * @return the view (a thin wrapper over the client's shared proxy)
   */
  public InvoiceTemplatesLocationApi invoiceTemplates() {
    return new InvoiceTemplatesLocationApi(client.invoiceTemplates(), locationId);
  }

  /**
   * Recurring invoice schedules of this location.
   *
   * @return the view (a thin wrapper over the client's shared proxy)
   */
  public InvoiceSchedulesLocationApi invoiceSchedules() {
    return new InvoiceSchedulesLocationApi(client.invoiceSchedules(), locationId);
  }

  /**
   * Estimates of this location.
   *
   * @return the view (a thin wrapper over the client's shared proxy)
   */
  public EstimatesLocationApi estimates() {
    return new EstimatesLocationApi(client.estimates(), locationId);
  }

  /**
   * Estimate templates of this location.
   *
   * @return the view (a thin wrapper over the client's shared proxy)
   */
  public EstimateTemplatesLocationApi estimateTemplates() {
    return new EstimateTemplatesLocationApi(client.estimateTemplates(), locationId);
  }

  @Override
  public String toString() {
    return "LocationClient{locationId=" + locationId + "}";
  }
}
