package com.hoopai.invoices.client.internal;

import feign.RequestTemplate;
import java.util.Collection;

/**
 * Carries "which location is this request about" from the encoder, which sees the body object, to the
 * headers interceptor, which asks the token provider. It travels as an internal header that the
 * interceptor always removes, so it never reaches the network.
 */
final class LocationHint {

  static final String HEADER = "X-HoopAI-SDK-Location";

  private LocationHint() {
  }

  static void set(RequestTemplate template, String locationId) {
    template.headerLiteral(HEADER, locationId);
  }

  /** The location of the request (query {@code altId} first, then the body's), removing the hint. */
  static String take(RequestTemplate template) {
    Collection<String> hinted = template.headers().get(HEADER);
    template.removeHeader(HEADER);
    Collection<String> query = template.queries().get("altId");
    if (query != null && !query.isEmpty()) {
      return UrlDecoding.decode(query.iterator().next());
    }
    return hinted == null || hinted.isEmpty() ? null : hinted.iterator().next();
  }
}
