package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recurring schedule operations and their lifecycle: a new schedule is a {@code draft};
 * {@code schedule} (or {@code updateAndSchedule}) makes it {@code active}; {@code cancel} makes it
 * {@code cancelled}, after which it can no longer be started, changed or given auto-payment. Starting a
 * schedule whose recurrence starts today or earlier issues its first invoice at once ({@code sent});
 * later occurrences are not simulated.
 */
final class InvoiceScheduleOperations {

  private static final String ISSUED = ScheduleView.ISSUED;

  private final Shape shape;
  private final InvoiceBook book;

  InvoiceScheduleOperations(SpecDocument spec, InvoiceBook book) {
    this.shape = new Shape(spec, "InvoiceSchedule", Set.of("_id", "status", "altId", "altType", ISSUED, "items",
        "total", "createdAt", "updatedAt"));
    this.book = book;
  }

  void register(Map<String, Operation> operations) {
    operations.put("createInvoiceSchedule", this::create);
    operations.put("listInvoiceSchedules", this::list);
    operations.put("getInvoiceSchedule", call -> Reply.ok(render(call, schedule(call))));
    operations.put("updateInvoiceSchedule", this::update);
    operations.put("deleteInvoiceSchedule", this::delete);
    operations.put("scheduleInvoiceSchedule", this::start);
    operations.put("updateAndScheduleInvoiceSchedule", this::start);
    operations.put("setInvoiceScheduleAutoPayment", this::autoPayment);
    operations.put("cancelInvoiceSchedule", this::cancel);
  }

  private Reply create(Call call) {
    ObjectNode schedule = Records.object();
    schedule.put("_id", call.newId());
    schedule.put("status", "draft");
    schedule.put("altId", call.location().locationId());
    schedule.put("altType", "location");
    schedule.putArray(ISSUED);
    schedule.put("createdAt", call.now());
    write(call, schedule);
    call.location().put(Collection.INVOICE_SCHEDULES, schedule);
    return Reply.ok(render(call, schedule));
  }

  private Reply list(Call call) {
    String status = call.query("status");
    List<ObjectNode> matches = new ArrayList<>(call.location().all(Collection.INVOICE_SCHEDULES).stream()
        .filter(s -> status == null || status.equals(s.path("status").asText()))
        .filter(s -> Records.inRange(s.get("createdAt"), call.query("startAt"), call.query("endAt")))
        .filter(s -> Records.inMode(s, call.query("paymentMode")))
        .filter(s -> Records.matches(s, call.query("search"), "name", "contactDetails.name", "contactDetails.email"))
        .map(s -> render(call, s))
        .toList());
    Collections.reverse(matches);
    return Reply.ok(Records.page(matches, call, "schedules", "total", false));
  }

  private Reply update(Call call) {
    ObjectNode schedule = notCancelled(call, "A cancelled schedule cannot be updated");
    write(call, schedule);
    return Reply.ok(render(call, schedule));
  }

  private Reply delete(Call call) {
    call.location().remove(Collection.INVOICE_SCHEDULES, schedule(call).get("_id").asText());
    ObjectNode result = Records.object();
    result.put("success", true);
    return Reply.ok(result);
  }

  /** {@code schedule} and {@code updateAndSchedule}: draft or active becomes active. */
  private Reply start(Call call) {
    ObjectNode schedule = notCancelled(call, "A cancelled schedule cannot be started again");
    if (call.body().has("liveMode")) {
      schedule.put("liveMode", call.body().get("liveMode").asBoolean());
    }
    if (call.body().hasNonNull("autoPayment")) {
      schedule.set("autoPayment", call.body().get("autoPayment").deepCopy());
    }
    schedule.put("status", "active");
    schedule.put("updatedAt", call.now());
    issueFirstInvoiceIfDue(call, schedule);
    return Reply.ok(render(call, schedule));
  }

  private Reply autoPayment(Call call) {
    ObjectNode schedule = notCancelled(call, "Auto-payment cannot be set on a cancelled schedule");
    if (!call.path("scheduleId").equals(call.body().path("id").asText())) {
      throw ApiException.badRequest("id must be the scheduleId of the path");
    }
    schedule.set("autoPayment", call.body().get("autoPayment").deepCopy());
    schedule.put("updatedAt", call.now());
    return Reply.ok(render(call, schedule));
  }

  private Reply cancel(Call call) {
    ObjectNode schedule = notCancelled(call, "The schedule is already cancelled");
    schedule.put("status", "cancelled");
    schedule.put("updatedAt", call.now());
    return Reply.ok(render(call, schedule));
  }

  private void issueFirstInvoiceIfDue(Call call, ObjectNode schedule) {
    if (!schedule.path(ISSUED).isEmpty()) {
      return;
    }
    LocalDate start = startDate(schedule, call.today());
    if (start.isAfter(call.today())) {
      return;
    }
    ObjectNode content = schedule.deepCopy();
    content.put("issueDate", start.toString());
    if (!content.has("sentTo") && content.path("contactDetails").hasNonNull("email")) {
      content.putObject("sentTo").putArray("email").add(content.path("contactDetails").get("email").asText());
    }
    ObjectNode invoice = book.create(call, content, schedule.path("items"), "sent");
    ((ArrayNode) schedule.get(ISSUED)).add(invoice.get("_id").asText());
  }

  private static LocalDate startDate(ObjectNode schedule, LocalDate today) {
    JsonNode options = schedule.path("schedule");
    String start = options.path("rrule").path("startDate").asText(null);
    if (start == null) {
      start = options.path("executeAt").asText(today.toString());
    }
    try {
      return LocalDate.parse(start.length() >= 10 ? start.substring(0, 10) : start);
    } catch (DateTimeParseException e) {
      return today;
    }
  }

  private void write(Call call, ObjectNode schedule) {
    shape.copy(call.body(), schedule);
    schedule.set("items", Records.withIds(call.body().path("items"), call));
    schedule.put("total", Totals.of(schedule.path("items"), schedule.path("discount")).total());
    schedule.put("updatedAt", call.now());
  }

  private static ObjectNode render(Call call, ObjectNode schedule) {
    return ScheduleView.render(call.location(), schedule);
  }

  private static ObjectNode notCancelled(Call call, String refusal) {
    ObjectNode schedule = schedule(call);
    if (schedule.path("status").asText().equals("cancelled")) {
      throw ApiException.badRequest(refusal);
    }
    return schedule;
  }

  private static ObjectNode schedule(Call call) {
    return call.location().get(Collection.INVOICE_SCHEDULES, call.path("scheduleId"));
  }
}
