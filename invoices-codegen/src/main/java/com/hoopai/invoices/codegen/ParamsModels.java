package com.hoopai.invoices.codegen;

import static org.openapitools.codegen.utils.StringUtils.camelize;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;

/**
 * Each operation's query inputs (except those the client manages, {@code x-sdk-managed}) as one synthesized
 * model, {@code <OperationId>Params}, which the {@code params} template renders as an immutable class with a
 * builder. It remembers what the spec says of each input, which the generator's model of the schema loses
 * (the parameter's description, whether it is the location, its SDK default), to put it back on the properties.
 */
final class ParamsModels {

  /** What each synthesized params model says of its properties, by model name then property name. */
  private final Map<String, Map<String, QueryInput>> models = new HashMap<>();

  /** One query input of an operation. */
  private record QueryInput(String description, boolean location, Object defaultValue) {
  }

  /** Adds an operation's params schema to the spec's schemas and names it on the operation, if it has inputs. */
  void add(OpenAPI openAPI, PathItem path, Operation operation) {
    List<Parameter> parameters = new ArrayList<>();
    if (path.getParameters() != null) {
      parameters.addAll(path.getParameters());
    }
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    ObjectSchema params = new ObjectSchema();
    Map<String, QueryInput> inputs = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Parameter declared : parameters) {
      Parameter parameter = resolve(openAPI, declared);
      if (!"query".equals(parameter.getIn()) || Extensions.isTrue(parameter.getExtensions(), "x-sdk-managed")) {
        continue;
      }
      params.addProperty(parameter.getName(), parameter.getSchema());
      boolean location = Extensions.isTrue(parameter.getExtensions(), "x-sdk-location");
      Object defaultValue = Extensions.get(parameter.getExtensions(), "x-sdk-default");
      inputs.put(parameter.getName(), new QueryInput(parameter.getDescription(), location, defaultValue));
      if (Boolean.TRUE.equals(parameter.getRequired()) && !location && defaultValue == null) {
        required.add(parameter.getName());
      }
    }
    if (inputs.isEmpty()) {
      return;
    }
    String name = camelize(operation.getOperationId()) + "Params";
    params.setRequired(required.isEmpty() ? null : required);
    params.setDescription("The query inputs of " + operation.getOperationId() + ": " + operation.getSummary() + ".");
    params.addExtension("x-sdk-params", Boolean.TRUE);
    params.addExtension("x-sdk-operation-id", operation.getOperationId());
    params.addExtension("x-sdk-view-params", inputs.values().stream().anyMatch(input -> !input.location()));
    params.addExtension("x-sdk-has-location", inputs.values().stream().anyMatch(QueryInput::location));
    openAPI.getComponents().getSchemas().put(name, params);
    models.put(name, inputs);
    operation.addExtension("x-sdk-params", name);
    operation.addExtension("x-sdk-view-params", params.getExtensions().get("x-sdk-view-params"));
    operation.addExtension("x-sdk-params-optional", required.isEmpty());
  }

  /** Puts back on a params model's properties what the spec says of each input; other models are left alone. */
  void describe(CodegenModel model) {
    Map<String, QueryInput> inputs = models.get(model.name);
    if (inputs == null) {
      return;
    }
    for (CodegenProperty property : model.vars) {
      QueryInput input = inputs.get(property.baseName);
      if (input == null) {
        continue;
      }
      if (input.description() != null) {
        property.description = input.description().strip();
        property.unescapedDescription = property.description;
      }
      property.vendorExtensions.put("x-sdk-location", input.location());
      if (input.defaultValue() != null) {
        property.vendorExtensions.put("x-sdk-default", input.defaultValue());
      }
    }
  }

  private static Parameter resolve(OpenAPI openAPI, Parameter parameter) {
    String ref = parameter.get$ref();
    if (ref == null) {
      return parameter;
    }
    return openAPI.getComponents().getParameters().get(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
