package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one location holds: its records by id (in creation order) and its number sequences.
 * Not thread-safe on its own: callers hold {@link #lock()} (the {@link Store} does).
 */
final class LocationState {

  private final String locationId;
  private final Map<Collection, Map<String, ObjectNode>> records = new EnumMap<>(Collection.class);
  private long nextInvoiceNumber = 1;
  private long nextEstimateNumber = 1;

  LocationState(String locationId) {
    this.locationId = locationId;
    for (Collection c : Collection.values()) {
      records.put(c, new LinkedHashMap<>());
    }
  }

  /** The location id. */
  public String locationId() {
    return locationId;
  }

  /** The object to synchronise on. */
  public Object lock() {
    return this;
  }

  /** A record, or {@code null}. */
  public ObjectNode find(Collection collection, String id) {
    return records.get(collection).get(id);
  }

  /** A record, or the API's 400 for an unknown id. */
  public ObjectNode get(Collection collection, String id) {
    ObjectNode record = find(collection, id);
    if (record == null) {
      throw collection.notFound();
    }
    return record;
  }

  /** Stores a record under its {@code _id}. */
  public void put(Collection collection, ObjectNode record) {
    records.get(collection).put(record.get("_id").asText(), record);
  }

  /** Removes a record. */
  public ObjectNode remove(Collection collection, String id) {
    return records.get(collection).remove(id);
  }

  /** Every record of a kind, oldest first. */
  public List<ObjectNode> all(Collection collection) {
    return new ArrayList<>(records.get(collection).values());
  }

  /** The invoice number the next invoice gets. */
  public long peekInvoiceNumber() {
    return nextInvoiceNumber;
  }

  /** Takes the next invoice number. */
  public long takeInvoiceNumber() {
    return nextInvoiceNumber++;
  }

  /** Keeps the sequence ahead of a number chosen by the caller. */
  public void sawInvoiceNumber(String number) {
    nextInvoiceNumber = Math.max(nextInvoiceNumber, numeric(number) + 1);
  }

  /** The estimate number the next estimate gets. */
  public long peekEstimateNumber() {
    return nextEstimateNumber;
  }

  /** Takes the next estimate number. */
  public long takeEstimateNumber() {
    return nextEstimateNumber++;
  }

  /** Keeps the sequence ahead of a number chosen by the caller. */
  public void sawEstimateNumber(long number) {
    nextEstimateNumber = Math.max(nextEstimateNumber, number + 1);
  }

  private static long numeric(String number) {
    try {
      return Long.parseLong(number.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
