package com.hoopai.invoices.client.webhooks;

/**
 * Reads one request header by name, case-insensitively, as servlet and most HTTP server APIs do.
 *
 * <pre>{@code
 * verifier.verify(body, request::getHeader);                                   // Jakarta Servlet
 * verifier.verify(body, name -> exchange.getRequestHeaders().getFirst(name));  // JDK HttpServer
 * }</pre>
 */
@FunctionalInterface
public interface WebhookHeaders {

  /** The Ed25519 signature header, the current scheme. */
  String ED25519_SIGNATURE = "x-ghl-signature";
  /** The RSA-SHA256 signature header, deprecated by HoopAI on 2026-07-01. */
  String RSA_SIGNATURE = "x-wh-signature";

  /**
   * A header's value.
   *
   * @param name the header name
   * @return its first value, or {@code null} when absent
   */
  String get(String name);
}
