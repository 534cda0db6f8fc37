package com.hoopai.invoices.client;

import com.hoopai.invoices.api.EstimateTemplatesApi;
import com.hoopai.invoices.api.EstimateTemplatesLocationApi;
import com.hoopai.invoices.api.EstimatesApi;
import com.hoopai.invoices.api.EstimatesLocationApi;
import com.hoopai.invoices.api.InvoiceSchedulesApi;
import com.hoopai.invoices.api.InvoiceSchedulesLocationApi;
import com.hoopai.invoices.api.InvoiceTemplatesApi;
import com.hoopai.invoices.api.InvoiceTemplatesLocationApi;
import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.api.InvoicesLocationApi;

/**
 * Every API of an {@link InvoicesClient}, bound to one location: no call takes {@code altId}; the location
 * goes into each request's query or JSON body as it is sent, and the caller's params and bodies are never
 * modified. Immutable, thread-safe and cheap: it shares the client's connections, and its options are the
 * client view's it came from ({@code client.withOptions(...).forLocation(...)}).
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
    this.locationId = locationId;
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
    return new InvoicesLocationApi(client.boundApi(InvoicesApi.class, locationId), locationId);
  }

  /**
   * Invoice templates of this location.
   *
   * @return the view
   */
  public InvoiceTemplatesLocationApi invoiceTemplates() {
    return new InvoiceTemplatesLocationApi(client.boundApi(InvoiceTemplatesApi.class, locationId), locationId);
  }

  /**
   * Recurring invoice schedules of this location.
   *
   * @return the view
   */
  public InvoiceSchedulesLocationApi invoiceSchedules() {
    return new InvoiceSchedulesLocationApi(client.boundApi(InvoiceSchedulesApi.class, locationId), locationId);
  }

  /**
   * Estimates of this location.
   *
   * @return the view
   */
  public EstimatesLocationApi estimates() {
    return new EstimatesLocationApi(client.boundApi(EstimatesApi.class, locationId), locationId);
  }

  /**
   * Estimate templates of this location.
   *
   * @return the view
   */
  public EstimateTemplatesLocationApi estimateTemplates() {
    return new EstimateTemplatesLocationApi(client.boundApi(EstimateTemplatesApi.class, locationId), locationId);
  }

  @Override
  public String toString() {
    return "LocationClient{locationId=" + locationId + "}";
  }
}
