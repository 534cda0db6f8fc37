package com.hoopai.invoices.benchmarks;

import com.hoopai.invoices.client.JsonLibrary;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The calls every client under measurement makes, each the way its users would write it. Results are
 * returned (as {@code Object}) so JMH consumes them and no decoding can be optimised away.
 */
interface InvoiceCalls extends AutoCloseable {

  /** The first day {@link #listInvoicesFiltered()} asks for. */
  LocalDate ISSUED_FROM = LocalDate.of(2026, 1, 1);

  /** The last day {@link #listInvoicesFiltered()} asks for. */
  LocalDate ISSUED_TO = LocalDate.of(2026, 12, 31);

  /** {@code GET /invoices/{id}}: one invoice, about 3.4 KB. */
  Object getInvoice();

  /** {@code POST /invoices/}: the createInvoice example as body, the invoice back. */
  Object createInvoice();

  /** {@code GET /invoices/?limit=100&offset=0}: one page of 100 invoices. */
  Object listInvoices();

  /**
   * {@code GET /invoices/?limit=100&offset=0&status=paid&startAt=2026-01-01&endAt=2026-12-31&sortField=issueDate
   * &sortOrder=descend}: one page of 100 invoices, narrowed by every kind of filter the list takes (an enum, two
   * dates, a sort field and order), named as each client names them.
   */
  Object listInvoicesFiltered();

  /**
   * Every invoice of the list, page by page (100 per request), as the client lets its users do it.
   *
   * @return how many invoices were read
   */
  long readAllInvoices();

  /** Closes the client's connections and threads. */
  @Override
  void close();

  /**
   * The offset loop a user writes around a client without auto-paging: pages of {@link Payloads#PAGE_SIZE}
   * until an empty page or the reported total.
   *
   * @param page fetches the page at an offset
   * @param items the page's invoices
   * @param total the page's total, or null
   * @param <P> the page type
   * @return how many invoices (with an id) were read
   */
  static <P> long readAllByOffset(IntFunction<P> page, Function<P, List<?>> items, Function<P, Integer> total) {
    long read = 0;
    int offset = 0;
    while (true) {
      P current = page.apply(offset);
      List<?> invoices = items.apply(current);
      if (invoices == null || invoices.isEmpty()) {
        return read;
      }
      read += invoices.stream().filter(Objects::nonNull).count();
      offset += invoices.size();
      Integer reported = total.apply(current);
      if (reported != null && offset >= reported) {
        return read;
      }
    }
  }

  /**
   * The client of the given name, built against the server.
   *
   * @param name {@code sdk} (on Jackson 2, as {@code raw} is: only the SDK's own layer differs),
   *     {@code sdk-jackson3} (the SDK on Jackson 3, as in a Spring Boot 4 application), {@code raw} or
   *     {@code generated}
   * @param baseUrl the server
   * @param payloads the request bodies
   * @return the client
   */
  static InvoiceCalls create(String name, String baseUrl, Payloads payloads) {
    return switch (name) {
      case "sdk" -> new SdkCalls(baseUrl, payloads, JsonLibrary.JACKSON_2);
      case "sdk-jackson3" -> new SdkCalls(baseUrl, payloads, JsonLibrary.JACKSON_3);
      case "raw" -> new RawOkHttpCalls(baseUrl, payloads);
      case "generated" -> new PlainGeneratedCalls(baseUrl, payloads);
      default -> throw new IllegalArgumentException("unknown client " + name + " (sdk, sdk-jackson3, raw, generated)");
    };
  }
}
