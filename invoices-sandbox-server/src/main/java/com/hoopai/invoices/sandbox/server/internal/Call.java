package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * One request as an operation sees it: path variables, query, body, the location it concerns (locked for
 * the duration of the call), the caller's grant and the sandbox's clock and ids.
 *
 * @param request the request
 * @param variables the path variables
 * @param body the JSON body ({@code {}} when none)
 * @param location the location's state, locked by the caller
 * @param grant what the token entitles to
 * @param clock the sandbox clock
 * @param ids the id source
 * @param store the whole store (to index new records)
 */
record Call(IncomingRequest request, Map<String, String> variables, ObjectNode body, LocationState location,
    Grant grant, Clock clock, Ids ids, Store store) {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** A path variable. */
  public String path(String name) {
    return variables.get(name);
  }

  /** A query parameter, or {@code null}. */
  public String query(String name) {
    return request.query(name);
  }

  /** An integer query parameter (the spec has checked it), or the default. */
  public int queryInt(String name, int otherwise) {
    String value = query(name);
    return value == null ? otherwise : Integer.parseInt(value.strip());
  }

  /** Now, as the API writes timestamps: UTC with milliseconds. */
  public String now() {
    return TIMESTAMP.format(clock.instant());
  }

  /** Today in UTC. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** A new record id, indexed under this call's location. */
  public String newId() {
    String id = ids.next();
    store.index(id, location.locationId());
    return id;
  }
}
