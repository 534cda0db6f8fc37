package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Helpers shared by the operations: line-item ids, search, date ranges and paging. */
final class Records {

  private Records() {
  }

  /** A new empty object. */
  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** The line items with an {@code _id} on each (kept when the caller sent one). */
  static ArrayNode withIds(JsonNode items, Call call) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (JsonNode item : items) {
      ObjectNode copy = ((ObjectNode) item).deepCopy();
      if (!copy.hasNonNull("_id")) {
        copy.put("_id", call.ids().next());
      }
      out.add(copy);
    }
    return out;
  }

  /** Whether any of the fields (dotted paths) contains the search text, ignoring case. */
  static boolean matches(JsonNode record, String search, String... fields) {
    if (search == null || search.isBlank()) {
      return true;
    }
    String needle = search.strip().toLowerCase(Locale.ROOT);
    for (String field : fields) {
      JsonNode node = record;
      for (String part : field.split("\\.")) {
        node = node.path(part);
      }
      if (!node.isMissingNode() && node.asText().toLowerCase(Locale.ROOT).contains(needle)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the day of a date or timestamp field lies within the inclusive range (bounds optional). */
  static boolean inRange(JsonNode value, String startAt, String endAt) {
    if (startAt == null && endAt == null) {
      return true;
    }
    if (value == null || !value.isTextual() || value.asText().length() < 10) {
      return false;
    }
    String day = value.asText().substring(0, 10);
    return (startAt == null || day.compareTo(startAt) >= 0) && (endAt == null || day.compareTo(endAt) <= 0);
  }

  /** Whether a record's {@code liveMode} fits the {@code paymentMode} filter ({@code default}: any). */
  static boolean inMode(JsonNode record, String paymentMode) {
    if (paymentMode == null || paymentMode.equals("default")) {
      return true;
    }
    return record.path("liveMode").asBoolean(true) == paymentMode.equals("live");
  }

  /**
   * One page of a list in the list's own envelope.
   *
   * @param matches every match, in order
   * @param call the call (for {@code limit} and {@code offset})
   * @param itemsKey the envelope's item key ({@code invoices}, {@code data}...)
   * @param totalKey the envelope's count key ({@code total}, {@code totalCount})
   * @param withTraceId whether the envelope carries a {@code traceId} (the estimate lists)
   * @return the envelope
   */
  static ObjectNode page(List<? extends JsonNode> matches, Call call, String itemsKey, String totalKey,
      boolean withTraceId) {
    int limit = call.queryInt("limit", 10);
    int offset = call.queryInt("offset", 0);
    ObjectNode envelope = object();
    ArrayNode items = envelope.putArray(itemsKey);
    matches.stream().skip(offset).limit(limit).forEach(record -> items.add(record.deepCopy()));
    envelope.put(totalKey, matches.size());
    if (withTraceId) {
      envelope.put("traceId", UUID.randomUUID().toString());
    }
    return envelope;
  }

  /** A trace id, as the estimate operations send. */
  static String traceId() {
    return UUID.randomUUID().toString();
  }
}
