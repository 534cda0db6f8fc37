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

  private final String locationId;
  private final InvoicesLocationApi invoices;
  private final InvoiceTemplatesLocationApi invoiceTemplates;
  private final InvoiceSchedulesLocationApi invoiceSchedules;
  private final EstimatesLocationApi estimates;
  private final EstimateTemplatesLocationApi estimateTemplates;

  LocationClient(InvoicesClient client, String locationId) {
    this.locationId = LocationBinding.checkLocationId(locationId);
    this.invoices = new InvoicesLocationApi(client.invoices(), locationId);
    this.invoiceTemplates = new InvoiceTemplatesLocationApi(client.invoiceTemplates(), locationId);
    this.invoiceSchedules = new InvoiceSchedulesLocationApi(client.invoiceSchedules(), locationId);
    this.estimates = new EstimatesLocationApi(client.estimates(), locationId);
    this.estimateTemplates = new EstimateTemplatesLocationApi(client.estimateTemplates(), locationId);
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
   * @return the view
   */
  public InvoicesLocationApi invoices() {
    return invoices;
  }

  /**
   * Invoice templates of this location.
   *
   * @return the view
   */
  public InvoiceTemplatesLocationApi invoiceTemplates() {
    return invoiceTemplates;
  }

  /**
   * Recurring invoice schedules of this location.
   *
   * @return the view
   */
  public InvoiceSchedulesLocationApi invoiceSchedules() {
    return invoiceSchedules;
  }

  /**
   * Estimates of this location.
   *
   * @return the view
   */
  public EstimatesLocationApi estimates() {
    return estimates;
  }

  /**
   * Estimate templates of this location.
   *
   * @return the view
   */
  public EstimateTemplatesLocationApi estimateTemplates() {
    return estimateTemplates;
  }

  @Override
  public String toString() {
    return "LocationClient{locationId=" + locationId + "}";
  }
}
