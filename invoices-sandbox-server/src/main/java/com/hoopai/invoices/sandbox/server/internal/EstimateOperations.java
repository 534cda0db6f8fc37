package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The estimate operations: estimates start as {@code draft} with the next estimate number; sending moves a
 * draft to {@code sent}; {@code updateEstimate} may set any status; converting creates a draft invoice from
 * the estimate and, with {@code markAsInvoiced}, moves the estimate to {@code invoiced}. Every change is
 * recorded in {@code estimateActionHistory}. A deleted estimate is answered once more, flagged
 * {@code deleted: true}.
 */
final class EstimateOperations {

  /** The estimate title and number prefix a location starts with. */
  static final String DEFAULT_TITLE = "ESTIMATE";
  static final String DEFAULT_PREFIX = "EST-";

  private final Shape shape;
  private final InvoiceBook book;

  EstimateOperations(SpecDocument spec, InvoiceBook book) {
    this.shape = new Shape(spec, "Estimate", Set.of("_id", "altId", "altType", "estimateNumber", "estimateStatus",
        "deleted", "items", "total", "estimateActionHistory", "createdAt", "updatedAt", "__v", "traceId",
        "lastVisitedAt"));
    this.book = book;
  }

  void register(Map<String, Operation> operations) {
    operations.put("createEstimate", this::create);
    operations.put("listEstimates", this::list);
    operations.put("updateEstimate", this::update);
    operations.put("deleteEstimate", this::delete);
    operations.put("sendEstimate", this::send);
    operations.put("createInvoiceFromEstimate", this::convert);
    operations.put("generateEstimateNumber", this::generateNumber);
    operations.put("updateEstimateLastVisitedAt", this::lastVisited);
  }

  private Reply create(Call call) {
    ObjectNode estimate = Records.object();
    estimate.put("_id", call.newId());
    estimate.put("altId", call.location().locationId());
    estimate.put("altType", "location");
    estimate.put("title", DEFAULT_TITLE);
    estimate.put("estimateNumberPrefix", DEFAULT_PREFIX);
    estimate.put("liveMode", true);
    estimate.put("deleted", false);
    estimate.put("estimateStatus", "draft");
    estimate.putArray("estimateActionHistory");
    estimate.put("createdAt", call.now());
    estimate.put("__v", 0);
    if (call.body().hasNonNull("estimateNumber")) {
      long number = call.body().get("estimateNumber").asLong();
      call.location().sawEstimateNumber(number);
      estimate.put("estimateNumber", number);
    } else {
      estimate.put("estimateNumber", call.location().takeEstimateNumber());
    }
    write(call, estimate);
    record(call, estimate, "created");
    call.location().put(Collection.ESTIMATES, estimate);
    return Reply.created(estimate.deepCopy());
  }

  private Reply list(Call call) {
    String status = call.query("status");
    String contactId = call.query("contactId");
    List<ObjectNode> matches = new ArrayList<>(call.location().all(Collection.ESTIMATES).stream()
        .filter(e -> status == null || status.equals("all") || status.equals(e.path("estimateStatus").asText()))
        .filter(e -> contactId == null || contactId.equals(e.path("contactDetails").path("id").asText()))
        .filter(e -> Records.inRange(e.has("issueDate") ? e.get("issueDate") : e.get("createdAt"),
            call.query("startAt"), call.query("endAt")))
        .filter(e -> Records.matches(e, call.query("search"), "name", "estimateNumber", "contactDetails.name",
            "contactDetails.email"))
        .toList());
    Collections.reverse(matches);
    return Reply.ok(Records.page(matches, call, "estimates", "total", true));
  }

  private Reply update(Call call) {
    ObjectNode estimate = estimate(call);
    write(call, estimate);
    if (call.body().hasNonNull("estimateNumber")) {
      call.location().sawEstimateNumber(call.body().get("estimateNumber").asLong());
      estimate.put("estimateNumber", call.body().get("estimateNumber").asLong());
    }
    if (call.body().hasNonNull("estimateStatus") && !call.body().get("estimateStatus").asText().equals("all")) {
      estimate.put("estimateStatus", call.body().get("estimateStatus").asText());
    }
    record(call, estimate, "updated");
    return Reply.ok(estimate.deepCopy());
  }

  private Reply delete(Call call) {
    ObjectNode estimate = estimate(call);
    call.location().remove(Collection.ESTIMATES, estimate.get("_id").asText());
    estimate.put("deleted", true);
    estimate.put("updatedAt", call.now());
    return Reply.ok(estimate);
  }

  private Reply send(Call call) {
    ObjectNode estimate = estimate(call);
    if (estimate.path("estimateStatus").asText().equals("draft")) {
      estimate.put("estimateStatus", "sent");
    }
    estimate.put("sentBy", call.body().path("userId").asText());
    if (call.body().hasNonNull("estimateName")) {
      estimate.put("name", call.body().get("estimateName").asText());
    }
    record(call, estimate, "sent");
    return Reply.created(estimate.deepCopy());
  }

  private Reply convert(Call call) {
    ObjectNode estimate = estimate(call);
    ObjectNode content = estimate.deepCopy();
    content.remove("title");
    content.remove("issueDate");
    content.put("issueDate", call.today().toString());
    if (!content.has("sentTo") && content.path("contactDetails").hasNonNull("email")) {
      content.putObject("sentTo").putArray("email").add(content.path("contactDetails").get("email").asText());
    }
    ObjectNode invoice = book.create(call, content, estimate.path("items"), "draft");
    if (call.body().path("markAsInvoiced").asBoolean(false)) {
      estimate.put("estimateStatus", "invoiced");
    }
    record(call, estimate, "invoice_created");
    ObjectNode result = Records.object();
    result.set("estimate", estimate.deepCopy());
    result.set("invoice", invoice.deepCopy());
    return Reply.ok(result);
  }

  private Reply generateNumber(Call call) {
    ObjectNode result = Records.object();
    result.put("estimateNumber", call.location().peekEstimateNumber());
    result.put("traceId", Records.traceId());
    return Reply.ok(result);
  }

  private Reply lastVisited(Call call) {
    ObjectNode estimate = call.location().get(Collection.ESTIMATES, call.body().path("estimateId").asText());
    estimate.put("lastVisitedAt", call.now());
    return Reply.empty();
  }

  private void write(Call call, ObjectNode estimate) {
    shape.copy(call.body(), estimate);
    estimate.set("items", Records.withIds(call.body().path("items"), call));
    estimate.put("total", Totals.of(estimate.path("items"), estimate.path("discount")).total());
    estimate.put("updatedAt", call.now());
  }

  private static void record(Call call, ObjectNode estimate, String action) {
    ObjectNode entry = ((ArrayNode) estimate.withArray("estimateActionHistory")).addObject();
    entry.put("action", action);
    entry.put("timestamp", call.now());
    entry.put("estimateStatus", estimate.path("estimateStatus").asText());
    entry.put("updatedAt", call.now());
    estimate.put("updatedAt", call.now());
  }

  private static ObjectNode estimate(Call call) {
    return call.location().get(Collection.ESTIMATES, call.path("estimateId"));
  }
}
