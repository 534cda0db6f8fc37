package com.hoopai.invoices.benchmarks;

import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.JsonLibrary;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.GetInvoiceParams;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceSortField;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.ListInvoicesParams;
import com.hoopai.invoices.model.SortOrder;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Our SDK as a user sets it up: {@code InvoicesClient.builder()} with a base URL and a token, nothing else,
 * so the defaults are on (the JSON library aside, to compare Jackson 3 and 2): bearer auth, the Version header, Resilience4j retries, the per-location rate-limit
 * governor, error translation and response checks.
 */
final class SdkCalls implements InvoiceCalls {

  private final InvoicesClient client;
  private final InvoicesApi invoices;
  private final byte[] createRequestJson;
  private CreateInvoiceRequest createRequest;

  SdkCalls(String baseUrl, Payloads payloads, JsonLibrary json) {
    client = InvoicesClient.builder()
        .baseUrl(baseUrl)
        .accessToken(Payloads.ACCESS_TOKEN)
        .jsonLibrary(json)
        .build();
    invoices = client.invoices();
    createRequestJson = payloads.createInvoiceRequest();
  }

  @Override
  public Object getInvoice() {
    return invoices.getInvoice(Payloads.INVOICE_ID, GetInvoiceParams.builder().altId(Payloads.ALT_ID).build());
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
    return invoices.listInvoices(ListInvoicesParams.builder()
        .altId(Payloads.ALT_ID)
        .limit(Payloads.PAGE_SIZE)
        .offset(0)
        .build()).getInvoices();
  }

  @Override
  public Object listInvoicesFiltered() {
    return invoices.listInvoices(ListInvoicesParams.builder()
        .altId(Payloads.ALT_ID)
        .status(InvoiceStatus.PAID)
        .startAt(ISSUED_FROM)
        .endAt(ISSUED_TO)
        .sortField(InvoiceSortField.ISSUE_DATE)
        .sortOrder(SortOrder.DESCEND)
        .limit(Payloads.PAGE_SIZE)
        .offset(0)
        .build()).getInvoices();
  }

  @Override
  public long readAllInvoices() {
    return invoices.listInvoicesAutoPaging(ListInvoicesParams.builder()
        .altId(Payloads.ALT_ID)
        .limit(Payloads.PAGE_SIZE)
        .build()).map(Invoice::getId).count();
  }

  @Override
  public void close() {
    client.close();
  }
}
