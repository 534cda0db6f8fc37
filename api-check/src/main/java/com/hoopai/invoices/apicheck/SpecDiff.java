package com.hoopai.invoices.apicheck;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * The changes between two OpenAPI descriptions, by operation id, parameter and property name.
 *
 * <p>openapi-diff does the comparison and decides what is compatible; this class names each change in the
 * words a maintainer searches for ({@code listInvoices}, {@code query parameter status}, {@code response
 * property invoiceNumber}), which openapi-diff's own report does not do for properties. Two rules are
 * stricter than openapi-diff's: a response property that disappears, and a request property that
 * disappears, break callers (generated getters and setters go with them). Whatever openapi-diff finds
 * incompatible and this class has no words for is still reported, by operation, as breaking.
 *
 * <pre>{@code
 * List<ApiChange> changes = SpecDiff.between(Files.readString(baseline), Files.readString(current));
 * changes.forEach(System.out::println);   // "+ query parameter listInvoices.dueBefore (optional)"
 * }</pre>
 */
public final class SpecDiff {

  private SpecDiff() {
  }

  /**
   * Compares two descriptions.
   *
   * @param baselineSpec the committed baseline, YAML or JSON text
   * @param currentSpec  the description as it is now
   * @return every change by name, breaking ones marked; empty when the two describe the same API
   */
  public static List<ApiChange> between(String baselineSpec, String currentSpec) {
    ChangedOpenApi diff = OpenApiCompare.fromContents(baselineSpec, currentSpec);
    List<ApiChange> changes = new ArrayList<>();
    for (Endpoint endpoint : diff.getNewEndpoints()) {
      changes.add(ApiChange.added("operation " + name(endpoint), false));
    }
    for (Endpoint endpoint : diff.getMissingEndpoints()) {
      changes.add(ApiChange.removed("operation " + name(endpoint), true));
    }
    // A schema shared by many operations changes once: one line, with the operations it reaches.
    Map<ApiChange, Set<String>> reached = new LinkedHashMap<>();
    for (ChangedOperation operation : diff.getChangedOperations()) {
      String id = operationId(operation.getNewOperation(), operation.getHttpMethod() + " " + operation.getPathUrl());
      for (ApiChange change : operationChanges(operation)) {
        reached.computeIfAbsent(change, c -> new TreeSet<>()).add(id);
      }
    }
    reached.forEach((change, operations) -> changes.add(namesOperation(change, operations) ? change
        : new ApiChange(change.kind(), change.subject() + in(operations), change.breaking())));
    if (diff.isIncompatible() && changes.stream().noneMatch(ApiChange::breaking)) {
      changes.add(ApiChange.changed("the description: a change openapi-diff finds incompatible", true));
    }
    return List.copyOf(changes);
  }

  private static boolean namesOperation(ApiChange change, Set<String> operations) {
    if (operations.size() != 1) {
      return false;
    }
    String id = operations.iterator().next();
    String subject = change.subject();
    return subject.contains(" " + id + " ") || subject.contains(" " + id + ":") || subject.contains(" " + id + ".")
        || subject.endsWith(" " + id);
  }

  private static String in(Set<String> operations) {
    List<String> ids = List.copyOf(operations);
    if (ids.size() <= 3) {
      return " (in " + String.join(", ", ids) + ")";
    }
    return " (in " + String.join(", ", ids.subList(0, 3)) + " and " + (ids.size() - 3) + " more operations)";
  }

  private static List<ApiChange> operationChanges(ChangedOperation operation) {
    String id = operationId(operation.getNewOperation(), operation.getHttpMethod() + " " + operation.getPathUrl());
    String oldId = operationId(operation.getOldOperation(), id);
    List<ApiChange> changes = new ArrayList<>();
    if (!oldId.equals(id)) {
      changes.add(ApiChange.changed("operation " + oldId + " renamed to " + id, true));
    }
    if (operation.getParameters() != null) {
      parameterChanges(id, operation.getParameters(), changes);
    }
    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
      contentChanges(operation.getRequestBody().getContent(), "request property " + id + ": ", true, changes);
    }
    if (operation.getApiResponses() != null) {
      responseChanges(id, operation.getApiResponses(), changes);
    }
    String where = "operation " + id + " (" + operation.getHttpMethod() + " " + operation.getPathUrl() + ")";
    if (operation.isIncompatible() && changes.stream().noneMatch(ApiChange::breaking)) {
      changes.add(ApiChange.changed(where + ": a change openapi-diff finds incompatible", true));
    } else if (changes.isEmpty() && operation.isChanged() != DiffResult.METADATA && operation.isDifferent()) {
      changes.add(ApiChange.changed(where + ": changed", false));
    }
    return changes;
  }

  private static void parameterChanges(String id, ChangedParameters parameters, List<ApiChange> changes) {
    for (Parameter added : parameters.getIncreased()) {
      boolean required = Boolean.TRUE.equals(added.getRequired());
      changes.add(ApiChange.added(added.getIn() + " parameter " + id + "." + added.getName()
          + (required ? " (required)" : " (optional)"), required));
    }
    for (Parameter missing : parameters.getMissing()) {
      changes.add(ApiChange.removed(missing.getIn() + " parameter " + id + "." + missing.getName(), true));
    }
    for (ChangedParameter changed : parameters.getChanged()) {
      if (changed.isChanged() == DiffResult.METADATA || !changed.isDifferent()) {
        continue;
      }
      List<String> how = new ArrayList<>();
      if (changed.isChangeRequired()) {
        how.add(Boolean.TRUE.equals(changed.getNewParameter().getRequired()) ? "now required" : "now optional");
      }
      if (changed.getSchema() != null) {
        how.addAll(describe(changed.getSchema()));
      }
      changes.add(ApiChange.changed(changed.getIn() + " parameter " + id + "." + changed.getName()
          + (how.isEmpty() ? "" : ": " + String.join(", ", how)), changed.isIncompatible()));
    }
  }

  private static void responseChanges(String id, ChangedApiResponse responses, List<ApiChange> changes) {
    for (String status : responses.getIncreased().keySet()) {
      changes.add(ApiChange.added("response " + id + " " + status, false));
    }
    for (String status : responses.getMissing().keySet()) {
      changes.add(ApiChange.removed("response " + id + " " + status, responses.isIncompatible()));
    }
    for (Map.Entry<String, ChangedResponse> response : responses.getChanged().entrySet()) {
      if (response.getValue().getContent() != null) {
        contentChanges(response.getValue().getContent(),
            "response property " + id + " " + response.getKey() + ": ", false, changes);
      }
    }
  }

  private static void contentChanges(ChangedContent content, String where, boolean request,
      List<ApiChange> changes) {
    for (Map.Entry<String, ChangedMediaType> media : content.getChanged().entrySet()) {
      if (media.getValue().getSchema() != null) {
        String component = refName(media.getValue().getNewSchema(), media.getValue().getOldSchema());
        schemaChanges(media.getValue().getSchema(), new Place(where, component, ""), request, changes);
      }
    }
  }

  private static void schemaChanges(ChangedSchema schema, Place place, boolean request,
      List<ApiChange> changes) {
    List<String> required = schema.getNewSchema() == null || schema.getNewSchema().getRequired() == null
        ? List.of() : schema.getNewSchema().getRequired();
    for (String name : schema.getIncreasedProperties().keySet()) {
      boolean mandatory = request && required.contains(name);
      changes.add(ApiChange.added(place.property(name) + (mandatory ? " (required)" : ""), mandatory));
    }
    for (String name : schema.getMissingProperties().keySet()) {
      changes.add(ApiChange.removed(place.property(name), true));
    }
    List<String> how = describe(schema);
    if (!how.isEmpty()) {
      changes.add(ApiChange.changed(place.self() + ": " + String.join(", ", how), isIncompatible(schema)));
    }
    for (Map.Entry<String, ChangedSchema> property : schema.getChangedProperties().entrySet()) {
      String component = refName(property(schema.getNewSchema(), property.getKey()),
          property(schema.getOldSchema(), property.getKey()));
      schemaChanges(property.getValue(), place.into(property.getKey() + ".", component), request, changes);
    }
    if (schema.getItems() != null) {
      String component = refName(items(schema.getNewSchema()), items(schema.getOldSchema()));
      schemaChanges(schema.getItems(), place.into("[].", component), request, changes);
    }
  }

  /**
   * Where in a body a change is: under a named schema ({@code Invoice.}) when there is one, so that a
   * schema shared by twenty operations is one change, else under the operation ({@code getInvoice 200: }).
   */
  private record Place(String where, String component, String path) {

    /** One level down: {@code "name."} into a property, {@code "[]."} into array items. */
    Place into(String step, String childComponent) {
      if (childComponent != null) {
        return new Place(where, childComponent, "");
      }
      if (step.equals("[].") && !path.isEmpty()) {
        return new Place(where, component, path.substring(0, path.length() - 1) + step);
      }
      return new Place(where, component, path + step);
    }

    String property(String name) {
      return prefix() + path + name;
    }

    String self() {
      String trimmed = path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
      if (component != null) {
        return kindWord() + component + (trimmed.isEmpty() ? "" : "." + trimmed);
      }
      return where + (trimmed.isEmpty() ? "the body" : trimmed);
    }

    private String prefix() {
      return component != null ? kindWord() + component + "." : where;
    }

    /** {@code "response property "} of {@code "response property getInvoice 200: "}. */
    private String kindWord() {
      return where.substring(0, where.indexOf("property ") + "property ".length());
    }
  }

  private static Schema<?> property(Schema<?> schema, String name) {
    return schema == null || schema.getProperties() == null ? null : schema.getProperties().get(name);
  }

  private static Schema<?> items(Schema<?> schema) {
    return schema == null ? null : schema.getItems();
  }

  private static String refName(Schema<?> current, Schema<?> baseline) {
    Schema<?> schema = current != null && current.get$ref() != null ? current : baseline;
    if (schema == null || schema.get$ref() == null) {
      return null;
    }
    return schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
  }

  /** What changed on this schema itself (not in its properties), in a few words. */
  private static List<String> describe(ChangedSchema schema) {
    List<String> how = new ArrayList<>();
    if (schema.isChangedType()) {
      how.add("type " + typeOf(schema.getOldSchema()) + " became " + typeOf(schema.getNewSchema()));
    }
    if (schema.isChangeFormat()) {
      how.add("format " + formatOf(schema.getOldSchema()) + " became " + formatOf(schema.getNewSchema()));
    }
    if (schema.getEnumeration() != null && schema.getEnumeration().isDifferent()) {
      if (!schema.getEnumeration().getIncreased().isEmpty()) {
        how.add("enum values added " + schema.getEnumeration().getIncreased());
      }
      if (!schema.getEnumeration().getMissing().isEmpty()) {
        how.add("enum values removed " + schema.getEnumeration().getMissing());
      }
    }
    if (schema.getRequired() != null && schema.getRequired().isDifferent()) {
      if (!schema.getRequired().getIncreased().isEmpty()) {
        how.add("now required " + schema.getRequired().getIncreased());
      }
      if (!schema.getRequired().getMissing().isEmpty()) {
        how.add("no longer required " + schema.getRequired().getMissing());
      }
    }
    return how;
  }

  private static boolean isIncompatible(ChangedSchema schema) {
    return schema.isChangedType() || schema.isChangeFormat()
        || (schema.getEnumeration() != null && schema.getEnumeration().isIncompatible())
        || (schema.getRequired() != null && schema.getRequired().isIncompatible());
  }

  private static String typeOf(Schema<?> schema) {
    return schema == null ? "none" : String.valueOf(schema.getType());
  }

  private static String formatOf(Schema<?> schema) {
    return schema == null || schema.getFormat() == null ? "none" : schema.getFormat();
  }

  private static String name(Endpoint endpoint) {
    String route = endpoint.getMethod() + " " + endpoint.getPathUrl();
    String id = operationId(endpoint.getOperation(), null);
    return id == null ? route : id + " (" + route + ")";
  }

  private static String operationId(Operation operation, String fallback) {
    return operation == null || operation.getOperationId() == null ? fallback : operation.getOperationId();
  }
}
