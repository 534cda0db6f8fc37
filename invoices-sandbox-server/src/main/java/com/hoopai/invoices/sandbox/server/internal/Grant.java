package com.hoopai.invoices.sandbox.server.internal;

import java.time.Instant;
import java.util.List;

/**
 * What a token or code entitles to.
 *
 * @param locationId the only location it may address, or {@code null} for every location
 * @param agency whether it is an agency (Company) token, which text2pay refuses
 * @param scopes the OAuth scopes it carries
 * @param expiresAt when an access token stops working, or {@code null} for never
 */
record Grant(String locationId, boolean agency, List<String> scopes, Instant expiresAt) {

  /** Every scope of the Invoices API. */
  public static final List<String> ALL_SCOPES = List.of(
      "invoices.readonly", "invoices.write",
      "invoices/template.readonly", "invoices/template.write",
      "invoices/schedule.readonly", "invoices/schedule.write",
      "invoices/estimate.readonly", "invoices/estimate.write");

  /** Whether the grant may address the location. */
  public boolean allows(String location) {
    return locationId == null || location == null || locationId.equals(location);
  }

  /** Whether the grant has one of the scopes (an empty list asks for none). */
  public boolean hasAnyScope(List<String> wanted) {
    return wanted.isEmpty() || wanted.stream().anyMatch(scopes::contains);
  }
}
