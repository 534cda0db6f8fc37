package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hoopai.invoices.sandbox.server.InvoiceEvents;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The invoice operations and their rules: invoices start as drafts; only drafts can be deleted; drafts
 * cannot be voided; sending moves a draft to {@code sent}; a payment cannot exceed the amount due, nor be
 * recorded on a draft, void or paid invoice, and moves the status to {@code partially_paid} or
 * {@code paid}; paid and void invoices cannot be edited.
 */
final class InvoiceOperations {

  private final InvoiceBook book;
  private final InvoiceEvents events;

  InvoiceOperations(InvoiceBook book, InvoiceEvents events) {
    this.book = book;
    this.events = events;
  }

  private void emit(String type, ObjectNode invoice) {
    events.changed(type, invoice.deepCopy());
  }

  void register(Map<String, Operation> operations) {
    operations.put("createInvoice", this::create);
    operations.put("listInvoices", this::list);
    operations.put("getInvoice", call -> Reply.ok(invoice(call).deepCopy()));
    operations.put("updateInvoice", this::update);
    operations.put("deleteInvoice", this::delete);
    operations.put("sendInvoice", this::send);
    operations.put("voidInvoice", this::voidInvoice);
    operations.put("recordInvoicePayment", this::recordPayment);
    operations.put("updateInvoiceLateFeesConfiguration", this::lateFees);
    operations.put("generateInvoiceNumber", this::generateNumber);
    operations.put("getInvoiceSettings", InvoiceOperations::settings);
    operations.put("updateInvoiceLastVisitedAt", this::lastVisited);
    operations.put("text2PayInvoice", this::text2Pay);
  }

  private Reply create(Call call) {
    ObjectNode invoice = book.create(call, call.body(), call.body().path("items"), "draft");
    emit("InvoiceCreate", invoice);
    return Reply.ok(invoice.deepCopy());
  }

  private Reply list(Call call) {
    String status = call.query("status");
    String contactId = call.query("contactId");
    List<ObjectNode> matches = new ArrayList<>(call.location().all(Collection.INVOICES).stream()
        .filter(i -> status == null || status.equals(i.path("status").asText()))
        .filter(i -> contactId == null || contactId.equals(i.path("contactDetails").path("id").asText()))
        .filter(i -> Records.inRange(i.get("issueDate"), call.query("startAt"), call.query("endAt")))
        .filter(i -> Records.inMode(i, call.query("paymentMode")))
        .filter(i -> Records.matches(i, call.query("search"), "name", "invoiceNumber", "contactDetails.name",
            "contactDetails.email", "contactDetails.companyName"))
        .toList());
    // Newest first, or by issue date when asked; the sort is stable, so ties keep creation order.
    if ("issueDate".equals(call.query("sortField"))) {
      Comparator<ObjectNode> byIssueDate = Comparator.comparing(i -> i.path("issueDate").asText(""));
      matches.sort("ascend".equals(call.query("sortOrder")) ? byIssueDate : byIssueDate.reversed());
    } else {
      Collections.reverse(matches);
    }
    return Reply.ok(Records.page(matches, call, "invoices", "total", false));
  }

  private Reply update(Call call) {
    ObjectNode invoice = invoice(call);
    String status = invoice.path("status").asText();
    if (status.equals("paid") || status.equals("void")) {
      throw InvoiceBook.refused("A paid or void invoice cannot be edited", invoice);
    }
    book.edit(call, invoice, call.body(), "invoiceItems");
    emit("InvoiceUpdate", invoice);
    return Reply.ok(invoice.deepCopy());
  }

  private Reply delete(Call call) {
    ObjectNode invoice = invoice(call);
    if (!invoice.path("status").asText().equals("draft")) {
      throw InvoiceBook.refused("Only draft invoices can be deleted; void the invoice instead", invoice);
    }
    call.location().remove(Collection.INVOICES, invoice.get("_id").asText());
    // HoopAI's published InvoiceDelete example carries the status "delete".
    ObjectNode deleted = invoice.deepCopy();
    deleted.put("status", "delete");
    emit("InvoiceDelete", deleted);
    return Reply.ok(invoice);
  }

  private Reply send(Call call) {
    ObjectNode invoice = invoice(call);
    if (invoice.path("status").asText().equals("void")) {
      throw InvoiceBook.refused("A void invoice cannot be sent", invoice);
    }
    if (invoice.path("status").asText().equals("draft")) {
      invoice.put("status", "sent");
    }
    invoice.put("updatedAt", call.now());
    emit("InvoiceSent", invoice);
    ObjectNode result = Records.object();
    result.set("invoice", invoice.deepCopy());
    String action = call.body().path("action").asText();
    if (action.equals("email") || action.equals("sms_and_email")) {
      ObjectNode email = result.putObject("emailData");
      email.set("to", invoice.path("sentTo").path("email").deepCopy());
      email.put("status", "queued");
    }
    if (action.equals("sms") || action.equals("sms_and_email")) {
      ObjectNode sms = result.putObject("smsData");
      sms.set("to", invoice.path("sentTo").path("phoneNo").deepCopy());
      sms.put("status", "queued");
    }
    return Reply.ok(result);
  }

  private Reply voidInvoice(Call call) {
    ObjectNode invoice = invoice(call);
    switch (invoice.path("status").asText()) {
      case "draft" -> throw InvoiceBook.refused("A draft invoice cannot be voided; delete it instead", invoice);
      case "void" -> throw InvoiceBook.refused("The invoice is already void", invoice);
      default -> invoice.put("status", "void");
    }
    invoice.put("updatedAt", call.now());
    emit("InvoiceVoid", invoice);
    return Reply.ok(invoice.deepCopy());
  }

  private Reply recordPayment(Call call) {
    JsonNode amountNode = call.body().get("amount");
    BigDecimal requested = amountNode == null || amountNode.isNull() ? null : Totals.number(amountNode);
    if (requested != null && requested.signum() <= 0) {
      // A validation-pipe rule: checked before the invoice is even looked up, as a 422.
      throw ApiException.unprocessable(List.of("amount must be a positive number"));
    }
    ObjectNode invoice = invoice(call);
    switch (invoice.path("status").asText()) {
      case "draft" -> throw InvoiceBook.refused("A payment cannot be recorded on a draft invoice; send it first",
          invoice);
      case "void" -> throw InvoiceBook.refused("A payment cannot be recorded on a void invoice", invoice);
      case "paid" -> throw InvoiceBook.refused("The invoice is already paid", invoice);
      default -> {
        // sent, partially_paid, payment_processing
      }
    }
    BigDecimal due = Totals.number(invoice.get("amountDue"));
    BigDecimal amount = requested == null ? due : requested;
    if (amount.compareTo(due) > 0) {
      throw ApiException.badRequest("The payment of " + amount.toPlainString()
          + " is more than the amount due of " + due.toPlainString());
    }
    BigDecimal paid = Totals.number(invoice.get("amountPaid")).add(amount);
    invoice.put("amountPaid", paid);
    InvoiceBook.recompute(invoice);
    boolean settled = Totals.number(invoice.get("amountDue")).signum() == 0;
    invoice.put("status", settled ? "paid" : "partially_paid");
    invoice.put("updatedAt", call.now());
    emit(settled ? "InvoicePaid" : "InvoicePartiallyPaid", invoice);
    ObjectNode result = Records.object();
    result.put("success", true);
    result.set("invoice", invoice.deepCopy());
    return Reply.ok(result);
  }

  private Reply lateFees(Call call) {
    ObjectNode invoice = invoice(call);
    if (invoice.path("status").asText().equals("void")) {
      throw InvoiceBook.refused("The late fees of a void invoice cannot be changed", invoice);
    }
    invoice.set("lateFeesConfiguration", call.body().get("lateFeesConfiguration").deepCopy());
    invoice.put("updatedAt", call.now());
    return Reply.ok(invoice.deepCopy());
  }

  private Reply generateNumber(Call call) {
    ObjectNode result = Records.object();
    result.put("invoiceNumber", String.valueOf(call.location().peekInvoiceNumber()));
    return Reply.ok(result);
  }

  private static Reply settings(Call call) {
    ObjectNode settings = Records.object();
    settings.put("altId", call.location().locationId());
    settings.put("altType", "location");
    settings.put("title", InvoiceBook.DEFAULT_TITLE);
    settings.put("estimatesTitle", EstimateOperations.DEFAULT_TITLE);
    settings.put("invoiceNumberPrefix", InvoiceBook.DEFAULT_PREFIX);
    settings.put("estimateNumberPrefix", EstimateOperations.DEFAULT_PREFIX);
    settings.put("dueAfterXDays", 14);
    settings.put("estimatesExpireAfterXDays", 30);
    settings.put("termsNote", "<p>Payment is due within 14 days.</p>");
    settings.putObject("businessDetails").put("name", "HoopAI Sandbox");
    return Reply.ok(settings);
  }

  private Reply lastVisited(Call call) {
    call.location().get(Collection.INVOICES, call.body().path("invoiceId").asText());
    return Reply.empty();
  }

  private Reply text2Pay(Call call) {
    ObjectNode body = call.body();
    ObjectNode invoice;
    if (body.hasNonNull("id")) {
      invoice = call.location().get(Collection.INVOICES, body.get("id").asText());
      if (!invoice.path("status").asText().equals("draft") && !invoice.path("status").asText().equals("sent")) {
        throw InvoiceBook.refused("Only draft or sent invoices can be changed through text2pay", invoice);
      }
      book.edit(call, invoice, body, "items");
      emit("InvoiceUpdate", invoice);
    } else {
      invoice = book.create(call, body, body.path("items"), "draft");
      emit("InvoiceCreate", invoice);
    }
    if (body.path("action").asText().equals("send") && invoice.path("status").asText().equals("draft")) {
      invoice.put("status", "sent");
      emit("InvoiceSent", invoice);
    }
    ObjectNode result = Records.object();
    result.set("invoice", invoice.deepCopy());
    result.put("invoiceUrl", call.request().baseUrl() + "/invoice/" + invoice.get("_id").asText());
    return Reply.ok(result);
  }

  private static ObjectNode invoice(Call call) {
    return call.location().get(Collection.INVOICES, call.path("invoiceId"));
  }
}
