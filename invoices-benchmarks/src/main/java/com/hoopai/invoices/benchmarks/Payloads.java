package com.hoopai.invoices.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The canned JSON the benchmark server answers with and the benchmark clients send, all taken from the
 * examples of the spec ({@code openapi/invoices-api.yaml} in the spec jar), so every payload is one the
 * spec's tests already prove our models read and write. Read with SnakeYAML and written by
 * {@link JsonWriter}, not with Jackson, so a fresh JVM that only starts the server (the cold-start benchmark)
 * has not loaded nor warmed any class the clients under measurement use.
 *
 * <ul>
 *   <li>{@link #invoice()}: the {@code getInvoice} 200 example, compact: about 3.4 KB with two line items,
 *       taxes, contact and business details;
 *   <li>{@link #invoicePage()}: a {@code listInvoices} page of {@link #PAGE_SIZE} such invoices (each with its
 *       own id) and {@code total} {@link #TOTAL_INVOICES};
 *   <li>{@link #createInvoiceRequest()}: the {@code createInvoice} request example.
 * </ul>
 */
public final class Payloads {

  /** The location every call is for. */
  public static final String ALT_ID = "ve9EPM428h8vShlRW1KT";
  /** The invoice {@code getInvoice} asks for. */
  public static final String INVOICE_ID = "6578278e879ad2646715ba9c";
  /** Invoices on one page of the list. */
  public static final int PAGE_SIZE = 100;
  /** Invoices the list reports in all, so auto-paging walks 100 full pages. */
  public static final int TOTAL_INVOICES = 10_000;
  /** A bearer token; the server only checks that one is sent. */
  public static final String ACCESS_TOKEN = "benchmark-access-token";

  private final byte[] invoice;
  private final byte[] invoicePage;
  private final byte[] createInvoiceRequest;

  private Payloads(byte[] invoice, byte[] invoicePage, byte[] createInvoiceRequest) {
    this.invoice = invoice;
    this.invoicePage = invoicePage;
    this.createInvoiceRequest = createInvoiceRequest;
  }

  /**
   * Reads the examples from the spec on the class path.
   *
   * @return the payloads
   */
  @SuppressWarnings("unchecked")
  public static Payloads fromSpec() {
    try (InputStream spec = Payloads.class.getResourceAsStream("/openapi/invoices-api.yaml")) {
      if (spec == null) {
        throw new IllegalStateException("openapi/invoices-api.yaml is not on the class path");
      }
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(16 * 1024 * 1024);
      Map<String, Object> paths = (Map<String, Object>) ((Map<String, Object>) new Yaml(options).load(spec)).get("paths");
      Map<String, Object> invoice = (Map<String, Object>) at(paths, "/invoices/{invoiceId}", "get", "responses", "200",
          "content", "application/json", "example");
      Map<String, Object> request = (Map<String, Object>) at(paths, "/invoices/", "post", "requestBody", "content",
          "application/json", "example");
      if (invoice == null || !INVOICE_ID.equals(invoice.get("_id")) || request == null) {
        throw new IllegalStateException("the spec lacks the getInvoice 200 or createInvoice request example");
      }
      List<Object> invoices = new ArrayList<>();
      for (int i = 0; i < PAGE_SIZE; i++) {
        Map<String, Object> copy = new LinkedHashMap<>(invoice);
        copy.put("_id", String.format("6578278e879ad26467%06x", i));
        copy.put("invoiceNumber", String.valueOf(1000 + i));
        invoices.add(copy);
      }
      Map<String, Object> page = new LinkedHashMap<>();
      page.put("invoices", invoices);
      page.put("total", TOTAL_INVOICES);
      return new Payloads(JsonWriter.write(invoice), JsonWriter.write(page), JsonWriter.write(request));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> node, String... keys) {
    Object current = node;
    for (String key : keys) {
      if (!(current instanceof Map)) {
        return null;
      }
      current = ((Map<String, Object>) current).get(key);
    }
    return current;
  }

  /**
   * The {@code getInvoice} answer.
   *
   * @return JSON bytes (a copy)
   */
  public byte[] invoice() {
    return invoice.clone();
  }

  /**
   * One page of the invoice list.
   *
   * @return JSON bytes (a copy)
   */
  public byte[] invoicePage() {
    return invoicePage.clone();
  }

  /**
   * The body of a {@code createInvoice} call.
   *
   * @return JSON bytes (a copy)
   */
  public byte[] createInvoiceRequest() {
    return createInvoiceRequest.clone();
  }
}
