package com.hoopai.invoices.codegen;

import static org.openapitools.codegen.utils.StringUtils.camelize;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.languages.JavaClientCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationMap;
import org.openapitools.codegen.model.OperationsMap;

/**
 * openapi-generator's {@code java} generator (Feign library), taught the SDK's conventions. Everything it adds
 * is read from the spec's language-neutral {@code x-sdk-*} extensions; the templates decide how it is written.
 *
 * <ul>
 *   <li>Each operation's query inputs (except those the client manages, {@code x-sdk-managed}) become one
 *       model, {@code <OperationId>Params}, rendered by the {@code params} template as an immutable class with
 *       a builder: callers name every input, and adding or reordering query parameters breaks no caller.
 *   <li>Operations get the argument lists the templates print ({@code x-sdk-args} for the Feign interface,
 *       {@code x-sdk-view-args} for the location-bound view), so no template has to skip list entries.
 *   <li>A second API file per tag, the location-bound view ({@code <Tag>LocationApi}).
 *   <li>An enum value the server adds later decodes to {@code UNKNOWN}; request bodies marked
 *       {@code x-sdk-location-scoped} implement the client's {@code LocationScoped}.
 *   <li>Every model, property, operation and argument gets its javadoc text ({@code x-sdk-doc},
 *       {@code x-sdk-summary}, {@code x-sdk-notes}): the spec's description made safe for javadoc
 *       ({@link JavadocText}), else the description of the schema a property refers to, else a sentence naming
 *       it; so no generated member a user sees in completion is left without documentation.
 * </ul>
 */
public class HoopAiJavaClientCodegen extends JavaClientCodegen {

  static final String LOCATION_SCOPED = "com.hoopai.invoices.client.LocationScoped";
  private static final String LOCATION_TEMPLATE = "location-api.mustache";
  private static final Set<String> LOCATION_BODY_PROPERTIES = Set.of("altId", "altType");
  /** The vendor extension holding a model's or a property's javadoc text. */
  private static final String DOC = "x-sdk-doc";

  /** What each synthesized params model says of its properties, by model name then property name. */
  private final Map<String, Map<String, QueryInput>> paramsModels = new HashMap<>();

  /** One query input of an operation. */
  private record QueryInput(String description, boolean location, Object defaultValue) {
  }

  /** Creates the generator. */
  public HoopAiJavaClientCodegen() {
    super();
    enumUnknownDefaultCaseName = "unknown";
  }

  @Override
  public String getName() {
    return "hoopai-java";
  }

  @Override
  public void processOpts() {
    super.processOpts();
    apiTemplateFiles.put(LOCATION_TEMPLATE, ".java");
  }

  @Override
  public String apiFilename(String templateName, String tag) {
    if (LOCATION_TEMPLATE.equals(templateName)) {
      return apiFileFolder() + java.io.File.separator + locationClassname(tag) + ".java";
    }
    return super.apiFilename(templateName, tag);
  }

  private String locationClassname(String tag) {
    return camelize(sanitizeName(tag)) + "LocationApi";
  }

  @Override
  public void preprocessOpenAPI(OpenAPI openAPI) {
    super.preprocessOpenAPI(openAPI);
    if (openAPI.getComponents().getSchemas() == null) {
      openAPI.getComponents().setSchemas(new LinkedHashMap<>());
    }
    restoreReferenceDescriptions(openAPI);
    for (Schema<?> schema : openAPI.getComponents().getSchemas().values()) {
      if (Boolean.TRUE.equals(extension(schema.getExtensions(), "x-sdk-location-scoped"))) {
        schema.addExtension("x-implements", List.of(LOCATION_SCOPED));
      }
    }
    for (PathItem path : openAPI.getPaths().values()) {
      for (Operation operation : path.readOperations()) {
        addParamsModel(openAPI, path, operation);
      }
    }
  }

  /**
   * Gives back the descriptions the spec writes beside a {@code $ref} ({@code altType: {$ref: ..., description:
   * ...}}): OpenAPI 3.0 lets a parser ignore them, and the one the generator uses does, but they say what the
   * property means where the referenced schema only says what its type is. Read from the spec file itself.
   */
  private void restoreReferenceDescriptions(OpenAPI openAPI) {
    JsonNode schemas = readSpec().path("components").path("schemas");
    for (Map.Entry<String, Schema> entry : openAPI.getComponents().getSchemas().entrySet()) {
      Map<String, Schema> properties = entry.getValue().getProperties();
      if (properties == null) {
        continue;
      }
      JsonNode written = schemas.path(entry.getKey()).path("properties");
      for (Map.Entry<String, Schema> property : properties.entrySet()) {
        JsonNode raw = written.path(property.getKey());
        if (property.getValue().get$ref() != null && property.getValue().getDescription() == null
            && raw.path("description").isTextual()) {
          property.getValue().setDescription(raw.path("description").asText());
        }
      }
    }
  }

  private JsonNode readSpec() {
    String location = getInputSpec();
    try {
      File file = new File(location);
      return file.isFile() ? Yaml.mapper().readTree(file) : Yaml.mapper().readTree(new URL(location));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spec " + location + " for its descriptions", e);
    }
  }

  /** Gathers an operation's query inputs into one synthesized schema, {@code <OperationId>Params}. */
  private void addParamsModel(OpenAPI openAPI, PathItem path, Operation operation) {
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
      if (!"query".equals(parameter.getIn()) || isTrue(parameter.getExtensions(), "x-sdk-managed")) {
        continue;
      }
      params.addProperty(parameter.getName(), parameter.getSchema());
      boolean location = isTrue(parameter.getExtensions(), "x-sdk-location");
      Object defaultValue = extension(parameter.getExtensions(), "x-sdk-default");
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
    paramsModels.put(name, inputs);
    operation.addExtension("x-sdk-params", name);
    operation.addExtension("x-sdk-view-params", params.getExtensions().get("x-sdk-view-params"));
    operation.addExtension("x-sdk-params-optional", required.isEmpty());
  }

  private static Parameter resolve(OpenAPI openAPI, Parameter parameter) {
    String ref = parameter.get$ref();
    if (ref == null) {
      return parameter;
    }
    return openAPI.getComponents().getParameters().get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  @Override
  public ModelsMap postProcessModels(ModelsMap objs) {
    ModelsMap processed = super.postProcessModels(objs);
    for (ModelMap entry : processed.getModels()) {
      CodegenModel model = entry.getModel();
      Map<String, QueryInput> inputs = paramsModels.get(model.name);
      if (inputs == null) {
        continue;
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
    return processed;
  }

  @Override
  public Map<String, ModelsMap> postProcessAllModels(Map<String, ModelsMap> objs) {
    Map<String, ModelsMap> processed = super.postProcessAllModels(objs);
    Map<String, CodegenModel> models = new HashMap<>();
    for (ModelsMap file : processed.values()) {
      for (ModelMap entry : file.getModels()) {
        models.put(entry.getModel().classname, entry.getModel());
      }
    }
    for (CodegenModel model : models.values()) {
      model.vendorExtensions.put(DOC, JavadocText.orElse(model.unescapedDescription,
          "The {@code " + model.name + "} object of the API."));
      for (List<CodegenProperty> vars : List.of(model.vars, model.allVars, model.requiredVars,
          model.optionalVars, model.readWriteVars, model.readOnlyVars)) {
        for (CodegenProperty property : vars) {
          property.vendorExtensions.put(DOC, propertyDoc(property, models));
        }
      }
    }
    return processed;
  }

  /**
   * A property's javadoc: its description, else (for a property that only refers to a schema) that schema's,
   * else a sentence naming it.
   */
  private static String propertyDoc(CodegenProperty property, Map<String, CodegenModel> models) {
    String own = JavadocText.of(property.unescapedDescription);
    if (own != null) {
      return own;
    }
    if (!property.isContainer && property.complexType != null) {
      CodegenModel referred = models.get(property.complexType);
      String theirs = referred == null ? null : JavadocText.of(referred.unescapedDescription);
      if (theirs != null) {
        return theirs;
      }
    }
    String kind = property.isArray ? "list" : property.isMap ? "map" : "property";
    return "The {@code " + property.baseName + "} " + kind + ".";
  }

  @Override
  public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> allModels) {
    OperationsMap processed = super.postProcessOperationsWithModels(objs, allModels);
    Map<String, CodegenModel> models = new HashMap<>();
    for (ModelMap model : allModels) {
      models.put(model.getModel().classname, model.getModel());
    }
    OperationMap operations = processed.getOperations();
    String tag = null;
    for (CodegenOperation operation : operations.getOperation()) {
      tag = tag == null && operation.tags != null && !operation.tags.isEmpty() ? operation.tags.get(0).getName() : tag;
      describe(operation, models);
    }
    if (tag != null) {
      processed.put("locationClassname", locationClassname(tag));
    }
    return processed;
  }

  /** The argument lists and flags the api templates print for one operation. */
  private void describe(CodegenOperation operation, Map<String, CodegenModel> models) {
    Map<String, Object> extensions = operation.vendorExtensions;
    extensions.put("x-sdk-summary", JavadocText.orElse(operation.summary, "The {@code " + operation.operationId
        + "} operation"));
    extensions.put("x-sdk-notes", JavadocText.of(operation.unescapedNotes));
    List<Map<String, Object>> args = new ArrayList<>();
    List<Map<String, Object>> viewArgs = new ArrayList<>();
    for (CodegenParameter path : operation.pathParams) {
      Map<String, Object> arg = arg(path.paramName, path.dataType, JavadocText.of(path.unescapedDescription));
      arg.put("pathArg", Boolean.TRUE);
      arg.put("wireName", path.baseName);
      args.add(arg);
      viewArgs.add(arg);
    }
    Object paramsClass = extensions.get("x-sdk-params");
    if (paramsClass != null) {
      Map<String, Object> arg = arg("params", paramsClass.toString(),
          "the query inputs, built with {@link " + paramsClass + "#builder()}");
      arg.put("queryMapArg", Boolean.TRUE);
      args.add(arg);
      if (Boolean.TRUE.equals(extensions.get("x-sdk-view-params"))) {
        viewArgs.add(arg);
      }
    }
    StringBuilder constants = new StringBuilder();
    for (CodegenParameter query : operation.queryParams) {
      Object constant = query.vendorExtensions.get("x-sdk-constant");
      if (constant != null) {
        constants.append(constants.length() == 0 ? "" : "&").append(query.baseName).append('=').append(constant);
      }
    }
    if (constants.length() > 0) {
      extensions.put("x-sdk-constant-query", constants.toString());
    }
    CodegenParameter body = operation.bodyParam;
    if (body != null) {
      Map<String, Object> arg = arg("request", body.dataType, "the request body");
      arg.put("bodyArg", Boolean.TRUE);
      args.add(arg);
      CodegenModel bodyModel = models.get(body.dataType);
      boolean locationOnly = bodyModel != null && !bodyModel.vars.isEmpty()
          && bodyModel.vars.stream().allMatch(v -> LOCATION_BODY_PROPERTIES.contains(v.baseName));
      if (locationOnly) {
        extensions.put("x-sdk-location-only-body", body.dataType);
      } else {
        viewArgs.add(arg);
      }
    }
    markLast(args);
    markLast(viewArgs);
    extensions.put("x-sdk-args", args);
    extensions.put("x-sdk-view-args", viewArgs);
    extensions.put("x-sdk-has-args", !args.isEmpty());
    extensions.put("x-sdk-has-view-args", !viewArgs.isEmpty());
    extensions.put("x-sdk-return", operation.returnType == null ? "void" : operation.returnType);
    extensions.put("x-sdk-boxed-return", operation.returnType == null ? "Void" : operation.returnType);
    Object pagination = extensions.get("x-sdk-pagination");
    if (pagination instanceof Map<?, ?> page) {
      extensions.put("x-sdk-page-items", "get" + camelize(String.valueOf(page.get("items"))));
      extensions.put("x-sdk-page-total", "get" + camelize(String.valueOf(page.get("total"))));
      extensions.put("x-sdk-page-item-type", String.valueOf(page.get("itemSchema")));
    }
  }

  /** One argument of a generated method; {@code description} is javadoc text already. */
  private static Map<String, Object> arg(String name, String type, String description) {
    // Every key is set, so a template's lookup never falls through to the operation's own keys.
    Map<String, Object> arg = new HashMap<>();
    arg.put("pathArg", Boolean.FALSE);
    arg.put("queryMapArg", Boolean.FALSE);
    arg.put("bodyArg", Boolean.FALSE);
    arg.put("wireName", name);
    arg.put("name", name);
    arg.put("type", type);
    arg.put("description", description == null || description.isBlank() ? "the {@code " + name + "}" : description.strip());
    return arg;
  }

  private static void markLast(List<Map<String, Object>> args) {
    for (int i = 0; i < args.size(); i++) {
      // Copies: the same argument may stand in both lists at different positions.
      Map<String, Object> copy = new HashMap<>(args.get(i));
      copy.put("lastArg", i == args.size() - 1);
      args.set(i, copy);
    }
  }

  private static boolean isTrue(Map<String, Object> extensions, String name) {
    return Boolean.TRUE.equals(extension(extensions, name));
  }

  private static Object extension(Map<String, Object> extensions, String name) {
    return extensions == null ? null : extensions.get(name);
  }
}
