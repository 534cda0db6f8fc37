package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The estimate template operations; the only read of one template is {@code preview?templateId=}. */
final class EstimateTemplateOperations {

  private final Shape shape;

  EstimateTemplateOperations(SpecDocument spec) {
    this.shape = new Shape(spec, "EstimateTemplate", Set.of("_id", "altId", "altType", "deleted", "items", "total",
        "createdAt", "updatedAt", "__v"));
  }

  void register(Map<String, Operation> operations) {
    operations.put("listEstimateTemplates", this::list);
    operations.put("createEstimateTemplate", this::create);
    operations.put("updateEstimateTemplate", this::update);
    operations.put("deleteEstimateTemplate", this::delete);
    operations.put("previewEstimateTemplate",
        call -> Reply.ok(call.location().get(Collection.ESTIMATE_TEMPLATES, call.query("templateId")).deepCopy()));
  }

  private Reply create(Call call) {
    ObjectNode template = Records.object();
    template.put("_id", call.newId());
    template.put("altId", call.location().locationId());
    template.put("altType", "location");
    template.put("liveMode", true);
    template.put("deleted", false);
    template.put("createdAt", call.now());
    template.put("__v", 0);
    write(call, template);
    call.location().put(Collection.ESTIMATE_TEMPLATES, template);
    return Reply.created(template.deepCopy());
  }

  private Reply list(Call call) {
    List<ObjectNode> matches = new ArrayList<>(call.location().all(Collection.ESTIMATE_TEMPLATES).stream()
        .filter(t -> Records.matches(t, call.query("search"), "name", "title"))
        .toList());
    Collections.reverse(matches);
    return Reply.ok(Records.page(matches, call, "data", "totalCount", true));
  }

  private Reply update(Call call) {
    ObjectNode template = template(call);
    write(call, template);
    return Reply.ok(template.deepCopy());
  }

  private Reply delete(Call call) {
    ObjectNode template = template(call);
    call.location().remove(Collection.ESTIMATE_TEMPLATES, template.get("_id").asText());
    template.put("deleted", true);
    template.put("updatedAt", call.now());
    return Reply.ok(template);
  }

  private void write(Call call, ObjectNode template) {
    shape.copy(call.body(), template);
    template.set("items", Records.withIds(call.body().path("items"), call));
    template.put("total", Totals.of(template.path("items"), template.path("discount")).total());
    template.put("updatedAt", call.now());
  }

  private static ObjectNode template(Call call) {
    return call.location().get(Collection.ESTIMATE_TEMPLATES, call.path("templateId"));
  }
}
