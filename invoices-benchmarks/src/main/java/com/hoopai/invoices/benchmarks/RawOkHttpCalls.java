package com.hoopai.invoices.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The raw baseline: what a careful developer writes by hand with the same libraries the SDK uses. One
 * OkHttp client (the SDK's pool and timeouts, so only the SDK layer differs), one Jackson mapper with
 * readers and writers cached, the same model classes, requests built by hand (each URL from the call's
 * arguments on the once-parsed base URL, as {@code HttpUrl.Builder} is meant to be used), a status check,
 * and no retries, no rate-limit handling and no error translation.
 */
final class RawOkHttpCalls implements InvoiceCalls {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;
  private final HttpUrl base;
  private final HttpUrl invoicesUrl;
  private final ObjectReader invoiceReader;
  private final ObjectReader listReader;
  private final ObjectWriter createWriter;
  private final ObjectMapper mapper;
  private final byte[] createRequestJson;
  private CreateInvoiceRequest createRequest;
  private final String authorization = "Bearer " + Payloads.ACCESS_TOKEN;

  RawOkHttpCalls(String baseUrl, Payloads payloads) {
    http = new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(16, 30, TimeUnit.SECONDS))
        .connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .build();
    base = HttpUrl.get(baseUrl);
    invoicesUrl = base.newBuilder().addPathSegment("invoices").addPathSegment("").build();
    mapper = newMapper();
    invoiceReader = mapper.readerFor(Invoice.class);
    listReader = mapper.readerFor(InvoiceList.class);
    createWriter = mapper.writerFor(CreateInvoiceRequest.class);
    createRequestJson = payloads.createInvoiceRequest();
  }

  /** A mapper as a hand-writer would set it up for these models. */
  static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  @Override
  public Object getInvoice() {
    return getInvoice(Payloads.ALT_ID, Payloads.INVOICE_ID);
  }

  /** As a hand-written client does it: the URL built from the call's arguments, on the parsed base URL. */
  private Object getInvoice(String altId, String invoiceId) {
    HttpUrl url = base.newBuilder()
        .addPathSegment("invoices")
        .addPathSegment(invoiceId)
        .addQueryParameter("altType", "location")
        .addQueryParameter("altId", altId)
        .build();
    return execute(request(url).get().build(), invoiceReader);
  }

  @Override
  public Object createInvoice() {
    try {
      if (createRequest == null) { // parsed on first use, as in every client here
        createRequest = mapper.readValue(createRequestJson, CreateInvoiceRequest.class);
      }
      RequestBody body = RequestBody.create(createWriter.writeValueAsBytes(createRequest), JSON);
      return execute(request(invoicesUrl).post(body).build(), invoiceReader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Object listInvoices() {
    return page(Payloads.PAGE_SIZE, 0).getInvoices();
  }

  @Override
  public Object listInvoicesFiltered() {
    HttpUrl url = invoicesUrl.newBuilder()
        .addQueryParameter("altId", Payloads.ALT_ID)
        .addQueryParameter("altType", "location")
        .addQueryParameter("limit", Integer.toString(Payloads.PAGE_SIZE))
        .addQueryParameter("offset", "0")
        .addQueryParameter("status", "paid")
        .addQueryParameter("startAt", ISSUED_FROM.toString())
        .addQueryParameter("endAt", ISSUED_TO.toString())
        .addQueryParameter("sortField", "issueDate")
        .addQueryParameter("sortOrder", "descend")
        .build();
    InvoiceList page = execute(request(url).get().build(), listReader);
    return page.getInvoices();
  }

  @Override
  public long readAllInvoices() {
    return InvoiceCalls.readAllByOffset(offset -> page(Payloads.PAGE_SIZE, offset), InvoiceList::getInvoices, InvoiceList::getTotal);
  }


  private InvoiceList page(int limit, int offset) {
    HttpUrl url = invoicesUrl.newBuilder()
        .addQueryParameter("altId", Payloads.ALT_ID)
        .addQueryParameter("altType", "location")
        .addQueryParameter("limit", Integer.toString(limit))
        .addQueryParameter("offset", Integer.toString(offset))
        .build();
    return execute(request(url).get().build(), listReader);
  }

  private Request.Builder request(HttpUrl url) {
    return new Request.Builder()
        .url(url)
        .header("Authorization", authorization)
        .header("Version", "2021-07-28")
        .header("Accept", "application/json");
  }

  private <T> T execute(Request request, ObjectReader reader) {
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code() + " from " + request.method() + " "
            + request.url().encodedPath());
      }
      return reader.readValue(body.byteStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
