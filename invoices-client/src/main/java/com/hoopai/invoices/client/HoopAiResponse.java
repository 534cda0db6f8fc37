package com.hoopai.invoices.client;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful answer with what came with it: the status, the headers, the rate-limit budget the server
 * reported and its trace id, next to the decoded body. Every API has a {@code withRawResponse()} view whose
 * methods answer with it.
 *
 * <pre>{@code
 * HoopAiResponse<Invoice> response = acme.invoices().withRawResponse().getInvoice(invoiceId);
 * Invoice invoice = response.body();
 * response.rateLimit().ifPresent(limits -> metrics.record(limits.remaining()));
 * }</pre>
 *
 * @param <T> the body type ({@link Void} for operations without one)
 */
public final class HoopAiResponse<T> {

  private static final String TRACE_ID_HEADER = "x-trace-id";

  private final String operationId;
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final T body;

  /**
   * Creates a response; the client makes them.
   *
   * @param operationId the spec's operationId
   * @param statusCode the HTTP status
   * @param headers the answer's headers by lower-case name
   * @param body the decoded body, or {@code null} for operations without one
   */
  public HoopAiResponse(String operationId, int statusCode, Map<String, List<String>> headers, T body) {
    this.operationId = Objects.requireNonNull(operationId, "operationId");
    this.statusCode = statusCode;
    this.headers = Map.copyOf(headers);
    this.body = body;
  }

  /**
   * The operation that was called.
   *
   * @return the spec's operationId, such as {@code getInvoice}
   */
  public String operationId() {
    return operationId;
  }

  /**
   * The HTTP status.
   *
   * @return a 2xx status
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The decoded body.
   *
   * @return the body, or {@code null} for operations without one
   */
  public T body() {
    return body;
  }

  /**
   * Every header of the answer, by lower-case name.
   *
   * @return unmodifiable names and values
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of one header.
   *
   * @param name the header name, in any case
   * @return the value, when the answer had the header
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The rate-limit budget the server reported ({@code X-RateLimit-*}).
   *
   * @return the budget, when the answer carried the headers
   */
  public Optional<RateLimitInfo> rateLimit() {
    return RateLimitInfo.fromHeaders(headers);
  }

  /**
   * The server's trace id, to quote to HoopAI support.
   *
   * @return the id, when the answer carried one
   */
  public Optional<String> traceId() {
    return header(TRACE_ID_HEADER);
  }

  /** Names the operation and status, never the body or headers (they may hold personal data or cookies). */
  @Override
  public String toString() {
    return "HoopAiResponse{operation=" + operationId + ", status=" + statusCode
        + traceId().map(id -> ", traceId=" + id).orElse("") + "}";
  }
}
