package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields a caller may set on a stored record: the properties its response schema declares, less the
 * ones the server manages (ids, status, totals, timestamps). Copying through a shape keeps stored records
 * (and so every answer) to the spec's shape, whatever else a request carries.
 */
final class Shape {

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Set<String> writable;
  private final Set<String> timestamps = new HashSet<>();

  /**
   * The shape of a response schema.
   *
   * @param spec the spec
   * @param schema the response schema, such as {@code Invoice}
   * @param serverManaged properties a caller never sets
   */
  Shape(SpecDocument spec, String schema, Set<String> serverManaged) {
    Set<String> properties = new HashSet<>(spec.properties(schema));
    properties.removeAll(serverManaged);
    this.writable = Set.copyOf(properties);
    for (String property : writable) {
      if ("date-time".equals(spec.format(schema, property))) {
        timestamps.add(property);
      }
    }
  }

  /**
   * Copies every writable, non-null field of {@code from} onto {@code to}. A day ({@code 2026-03-01})
   * sent for a property the response types as a timestamp is stored as midnight UTC, as the API does for
   * estimate dates.
   *
   * @param from the request body
   * @param to the record
   */
  void copy(ObjectNode from, ObjectNode to) {
    from.fields().forEachRemaining(field -> {
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (!writable.contains(name) || value.isNull()) {
        return;
      }
      if (timestamps.contains(name) && value.isTextual() && DAY.matcher(value.asText()).matches()) {
        to.put(name, value.asText() + "T00:00:00.000Z");
      } else {
        to.set(name, value.deepCopy());
      }
    });
  }
}
