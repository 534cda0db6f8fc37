package com.hoopai.invoices.benchmarks;

import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.Invoice;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Our SDK as a user sets it up: {@code InvoicesClient.builder()} with a base URL and a token, nothing else,
 * so the defaults are on: bearer auth, the Version header, Resilience4j retries, the per-location rate-limit
 * governor, error translation and response checks.
 */
final class SdkCalls implements InvoiceCalls {

  private final InvoicesClient client;
  private final InvoicesApi invoices;
  private final byte[] createRequestJson;
  private CreateInvoiceRequest createRequest;

  SdkCalls(String baseUrl, Payloads payloads) {
    client = InvoicesClient.builder()
        .baseUrl(baseUrl)
        .accessToken(Payloads.ACCESS_TOKEN)
        .build();
    invoices = client.invoices();
    createRequestJson = payloads.createInvoiceRequest();
  }

  @Override
  public Object getInvoice() {
    return invoices.getInvoice(Payloads.ALT_ID, Payloads.INVOICE_ID);
  }

  @Override
  public Object createInvoice() {
    if (createRequest == null) { // parsed on first use, so a cold start measures build + getInvoice only
      try {
        createRequest = RawOkHttpCalls.newMapper().readValue(createRequestJson, CreateInvoiceRequest.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return invoices.createInvoice(createRequest);
  }

  @Override
  public Object listInvoices() {
    return invoices.listInvoices(Payloads.ALT_ID, Payloads.PAGE_SIZE, 0, null, null, null, null, null, null, null,
        null).getInvoices();
  }

  @Override
  public long readAllInvoices() {
    return invoices.listInvoicesAutoPaging(Payloads.ALT_ID, null, null, null, null, null, null, null, null,
        Payloads.PAGE_SIZE).map(Invoice::getId).count();
  }

  @Override
  public void close() {
    client.close();
  }
}
