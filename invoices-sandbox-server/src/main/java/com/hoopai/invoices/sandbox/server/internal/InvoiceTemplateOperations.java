package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The invoice template operations: plain records with a computed total; late fees and payment methods by PATCH. */
final class InvoiceTemplateOperations {

  private final Shape shape;

  InvoiceTemplateOperations(SpecDocument spec) {
    this.shape = new Shape(spec, "InvoiceTemplate",
        Set.of("_id", "altId", "altType", "items", "total", "createdAt", "updatedAt"));
  }

  void register(Map<String, Operation> operations) {
    operations.put("createInvoiceTemplate", this::create);
    operations.put("listInvoiceTemplates", this::list);
    operations.put("getInvoiceTemplate", call -> Reply.ok(template(call).deepCopy()));
    operations.put("updateInvoiceTemplate", this::update);
    operations.put("deleteInvoiceTemplate", this::delete);
    operations.put("updateInvoiceTemplateLateFeesConfiguration",
        call -> patch(call, "lateFeesConfiguration"));
    operations.put("updateInvoiceTemplatePaymentMethodsConfiguration", call -> patch(call, "paymentMethods"));
  }

  private Reply create(Call call) {
    ObjectNode template = Records.object();
    template.put("_id", call.newId());
    template.put("altId", call.location().locationId());
    template.put("altType", "location");
    template.put("createdAt", call.now());
    write(call, template);
    call.location().put(Collection.INVOICE_TEMPLATES, template);
    return Reply.ok(template.deepCopy());
  }

  private Reply list(Call call) {
    List<ObjectNode> matches = new ArrayList<>(call.location().all(Collection.INVOICE_TEMPLATES).stream()
        .filter(t -> Records.inRange(t.get("createdAt"), call.query("startAt"), call.query("endAt")))
        .filter(t -> Records.matches(t, call.query("search"), "name", "title"))
        .toList());
    Collections.reverse(matches);
    return Reply.ok(Records.page(matches, call, "data", "totalCount", false));
  }

  private Reply update(Call call) {
    ObjectNode template = template(call);
    write(call, template);
    return Reply.ok(template.deepCopy());
  }

  private Reply delete(Call call) {
    call.location().remove(Collection.INVOICE_TEMPLATES, template(call).get("_id").asText());
    ObjectNode result = Records.object();
    result.put("success", true);
    return Reply.ok(result);
  }

  private Reply patch(Call call, String field) {
    ObjectNode template = template(call);
    if (call.body().hasNonNull(field)) {
      template.set(field, call.body().get(field).deepCopy());
    } else {
      template.remove(field);
    }
    template.put("updatedAt", call.now());
    return Reply.ok(template.deepCopy());
  }

  private void write(Call call, ObjectNode template) {
    shape.copy(call.body(), template);
    template.set("items", Records.withIds(call.body().path("items"), call));
    template.put("total", Totals.of(template.path("items"), template.path("discount")).total());
    template.put("updatedAt", call.now());
  }

  private static ObjectNode template(Call call) {
    return call.location().get(Collection.INVOICE_TEMPLATES, call.path("templateId"));
  }
}
