package com.hoopai.invoices.client.internal;

import feign.RequestTemplate;
import java.util.Collection;

/**
 * Carries "which location is this request about" from the encoder, which sees the body object, to the
 * headers interceptor, which asks the token provider, and to the rate-limit governor. It travels as an
 * internal header that {@link GovernedHttpClient} removes, so it never reaches the network.
 */
final class LocationHint {

  static final String HEADER = "X-HoopAI-SDK-Location";

  private LocationHint() {
  }

  static void set(RequestTemplate template, String locationId) {
    template.headerLiteral(HEADER, locationId);
  }

  /**
   * The location of the request (query {@code altId} first, then the body's), left on the template as the
   * hint so the last step before the network (which removes it) can pace by location.
   */
  static String resolve(RequestTemplate template) {
    Collection<String> query = template.queries().get("altId");
    String location;
    if (query != null && !query.isEmpty()) {
      location = UrlDecoding.decode(query.iterator().next());
      template.removeHeader(HEADER);
      template.headerLiteral(HEADER, location);
    } else {
      Collection<String> hinted = template.headers().get(HEADER);
      location = hinted == null || hinted.isEmpty() ? null : hinted.iterator().next();
    }
    return location;
  }
}
