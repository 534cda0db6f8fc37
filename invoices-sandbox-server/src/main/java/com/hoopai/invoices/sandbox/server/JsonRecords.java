package com.hoopai.invoices.sandbox.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hoopai.invoices.sandbox.server.internal.SandboxDispatcher;
import java.util.List;
import java.util.Optional;

/**
 * The server's records as the API shows them, in JSON: to check what a test's calls did, or to put a record
 * in place before them. Each read is a copy, safe to keep and change.
 *
 * <pre>{@code
 * server.records().put(locationId, RecordKind.INVOICES, invoiceJson);
 * Optional<ObjectNode> stored = server.records().find(RecordKind.INVOICES, invoiceId);
 * }</pre>
 */
public final class JsonRecords {

  private final SandboxDispatcher dispatcher;

  JsonRecords(SandboxDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  /**
   * Every record of a kind in a location, oldest first.
   *
   * @param locationId the location
   * @param kind the kind
   * @return copies
   */
  public List<ObjectNode> list(String locationId, RecordKind kind) {
    return dispatcher.records(SandboxServer.requireText(locationId, "locationId"), kind.collection());
  }

  /**
   * One record of any location.
   *
   * @param kind the kind
   * @param id its {@code _id}
   * @return a copy, if it exists
   */
  public Optional<ObjectNode> find(RecordKind kind, String id) {
    return Optional.ofNullable(dispatcher.record(kind.collection(), SandboxServer.requireText(id, "id")));
  }

  /**
   * Stores a record in a location (replacing one with the same {@code _id}), as if an operation had made it.
   * The server does not check it against the spec.
   *
   * @param locationId the location
   * @param kind the kind
   * @param record the record, with a text {@code _id}
   * @return this view
   * @throws IllegalArgumentException if the record has no {@code _id}
   */
  public JsonRecords put(String locationId, RecordKind kind, ObjectNode record) {
    if (record == null || !record.path("_id").isTextual() || record.path("_id").asText().isBlank()) {
      throw new IllegalArgumentException("record needs a text _id");
    }
    dispatcher.put(SandboxServer.requireText(locationId, "locationId"), kind.collection(), record);
    return this;
  }
}
