package com.hoopai.invoices.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A client under measurement with its own canned server, checked end to end before any figure is taken:
 * the invoice, the created invoice, the page of 100 (plain and filtered) and the full walk of 10,000 must all
 * come back, and the server must have refused nothing (every request carried a bearer token, the Version
 * header, the location, and a filtered page every filter).
 */
final class ClientUnderTest implements AutoCloseable {

  private final String name;
  private final CannedApiServer server;
  private final InvoiceCalls calls;

  private ClientUnderTest(String name, CannedApiServer server, InvoiceCalls calls) {
    this.name = name;
    this.server = server;
    this.calls = calls;
  }

  /**
   * Starts a server and builds the named client against it.
   *
   * @param name {@code sdk}, {@code raw} or {@code generated}
   * @return the client and its server
   */
  static ClientUnderTest start(String name) {
    Payloads payloads = Payloads.fromSpec();
    try {
      CannedApiServer server = CannedApiServer.start(payloads);
      return new ClientUnderTest(name, server, InvoiceCalls.create(name, server.baseUrl(), payloads));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  InvoiceCalls calls() {
    return calls;
  }

  /** Fails unless every call gives the expected answer and the server accepted every request. */
  void verify() {
    expectInvoice(calls.getInvoice(), "getInvoice");
    expectInvoice(calls.createInvoice(), "createInvoice");
    expectPage(calls.listInvoices(), "listInvoices");
    expectPage(calls.listInvoicesFiltered(), "listInvoicesFiltered");
    long all = calls.readAllInvoices();
    if (all != Payloads.TOTAL_INVOICES) {
      throw new IllegalStateException(name + ": auto-paging read " + all + " invoices, not "
          + Payloads.TOTAL_INVOICES);
    }
    checkServer();
  }

  /** Fails if the server refused any request so far. */
  void checkServer() {
    if (server.refused() > 0) {
      throw new IllegalStateException(name + ": the server refused " + server.refused() + " of "
          + server.requests() + " requests");
    }
  }

  private void expectPage(Object page, String call) {
    if (!(page instanceof List<?> list) || list.size() != Payloads.PAGE_SIZE) {
      throw new IllegalStateException(name + ": " + call + " did not give " + Payloads.PAGE_SIZE + " invoices");
    }
  }

  private void expectInvoice(Object invoice, String call) {
    if (invoice == null || !invoice.toString().contains(Payloads.INVOICE_ID)
        || !invoice.toString().contains("Water heater installation")) {
      throw new IllegalStateException(name + ": " + call + " did not decode the invoice: " + invoice);
    }
  }

  @Override
  public void close() {
    calls.close();
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
