package com.hoopai.invoices.client;

/**
 * How much of each HTTP exchange the client logs. The {@code Authorization} header is always redacted.
 *
 * <pre>{@code
 * InvoicesClient.builder().accessToken(token).requestLogging(RequestLogging.HEADERS).build();
 * }</pre>
 */
public enum RequestLogging {
  /** Nothing (the default). */
  NONE,
  /** Method, URL, status and elapsed time. */
  BASIC,
  /** {@link #BASIC} and the headers, with credentials redacted. */
  HEADERS,
  /** {@link #HEADERS} and the bodies. Bodies hold customer data: use it while debugging only. */
  FULL
}
