package com.hoopai.invoices.client;

/**
 * Receives the client's request log lines (see {@link RequestLogging}), already redacted.
 *
 * <p>The default writes to the {@link System.Logger} named {@code com.hoopai.invoices.http} at
 * {@code DEBUG}. Route it to your own logging instead:
 *
 * <pre>{@code
 * org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("hoopai.http");
 * InvoicesClient.builder().accessToken(token)
 *     .requestLogging(RequestLogging.BASIC)
 *     .requestLogger(log::debug)
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface RequestLogger {

  /**
   * Logs one line.
   *
   * @param line the line, with credentials redacted
   */
  void log(String line);
}
