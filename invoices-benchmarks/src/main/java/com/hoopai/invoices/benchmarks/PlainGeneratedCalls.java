package com.hoopai.invoices.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.openapitools.client.ApiClient;
import org.openapitools.client.api.InvoicesApi;
import org.openapitools.client.model.AltType;
import org.openapitools.client.model.CreateInvoiceRequest;
import org.openapitools.client.model.InvoiceList;
import org.openapitools.client.model.InvoiceSortField;
import org.openapitools.client.model.InvoiceStatus;
import org.openapitools.client.model.SortOrder;

/**
 * The plain generated client: openapi-generator's {@code java}/{@code feign} output with default options on
 * our spec ({@code org.openapitools.client.*}, generated into this module's {@code target}), used the way its
 * README shows: {@code new ApiClient(authName)}, a base path, a bearer token, {@code buildClient(...)}. The
 * {@code Version} header is a parameter of every method there; paging is a loop the user writes.
 */
final class PlainGeneratedCalls implements InvoiceCalls {

  private static final String VERSION = "2021-07-28";

  private final InvoicesApi invoices;
  private final ApiClient apiClient;
  private final byte[] createRequestJson;
  private CreateInvoiceRequest createRequest;

  PlainGeneratedCalls(String baseUrl, Payloads payloads) {
    apiClient = new ApiClient("Location-Access");
    apiClient.setBasePath(baseUrl);
    apiClient.setBearerToken(Payloads.ACCESS_TOKEN);
    invoices = apiClient.buildClient(InvoicesApi.class);
    createRequestJson = payloads.createInvoiceRequest();
  }

  @Override
  public Object getInvoice() {
    return invoices.getInvoice(VERSION, AltType.LOCATION, Payloads.ALT_ID, Payloads.INVOICE_ID);
  }

  @Override
  public Object createInvoice() {
    if (createRequest == null) { // parsed on first use, as in every client here
      try {
        createRequest = apiClient.getObjectMapper().readValue(createRequestJson, CreateInvoiceRequest.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return invoices.createInvoice(VERSION, createRequest);
  }

  @Override
  public Object listInvoices() {
    return page(0).getInvoices();
  }

  @Override
  public Object listInvoicesFiltered() {
    return invoices.listInvoices(VERSION, AltType.LOCATION, Payloads.ALT_ID, Payloads.PAGE_SIZE, 0, InvoiceStatus.PAID,
        ISSUED_FROM, ISSUED_TO, null, null, null, InvoiceSortField.ISSUE_DATE, SortOrder.DESCEND).getInvoices();
  }

  @Override
  public long readAllInvoices() {
    return InvoiceCalls.readAllByOffset(this::page, InvoiceList::getInvoices, InvoiceList::getTotal);
  }


  private InvoiceList page(int offset) {
    return invoices.listInvoices(VERSION, AltType.LOCATION, Payloads.ALT_ID, Payloads.PAGE_SIZE, offset, null, null,
        null, null, null, null, null, null);
  }

  @Override
  public void close() {
    // The generated ApiClient shares one static OkHttp client and offers no way to close it.
  }
}
