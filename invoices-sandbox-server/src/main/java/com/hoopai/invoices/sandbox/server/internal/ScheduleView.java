package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stored schedule keeps the ids of the invoices it issued; what is shown carries those invoices as they
 * are now (paid since, for example).
 */
final class ScheduleView {

  /** The stored field that holds the issued invoices' ids. */
  static final String ISSUED = "invoices";

  private ScheduleView() {
  }

  /**
   * The schedule as the API shows it.
   *
   * @param location the schedule's location (locked by the caller)
   * @param schedule the stored schedule
   * @return a copy with {@code invoices} filled in
   */
  public static ObjectNode render(LocationState location, ObjectNode schedule) {
    ObjectNode copy = schedule.deepCopy();
    ArrayNode invoices = copy.putArray(ISSUED);
    for (JsonNode id : schedule.path(ISSUED)) {
      ObjectNode invoice = location.find(Collection.INVOICES, id.asText());
      if (invoice != null) {
        invoices.add(invoice.deepCopy());
      }
    }
    return copy;
  }
}
