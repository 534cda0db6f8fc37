package com.hoopai.invoices.codegen;

import static org.openapitools.codegen.utils.StringUtils.camelize;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.languages.JavaClientCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationMap;
import org.openapitools.codegen.model.OperationsMap;

/**
 * openapi-generator's {@code java} generator (Feign library), taught the SDK's conventions. Everything it adds
 * is read from the spec's language-neutral {@code x-sdk-*} extensions; the templates decide how it is written.
 * This class hooks into the generator's phases and hands each job to its own class:
 *
 * <ul>
 *   <li>{@link ParamsModels}: each operation's query inputs become one model, {@code <OperationId>Params},
 *       rendered by the {@code params} template as an immutable class with a builder: callers name every input,
 *       and adding or reordering query parameters breaks no caller.
 *   <li>{@link OperationArgs}: operations get the argument lists the templates print ({@code x-sdk-args} for the
 *       Feign interface, {@code x-sdk-view-args} for the location-bound view) and their javadoc text.
 *   <li>{@link ModelDocs}, with {@link ReferenceDescriptions}: every model and property gets its javadoc text.
 *   <li>Here: a second API file per tag, the location-bound view ({@code <Tag>LocationApi}); an enum value the
 *       server adds later decodes to {@code UNKNOWN}; request bodies marked {@code x-sdk-location-scoped}
 *       implement the client's {@code LocationScoped}.
 * </ul>
 */
public class HoopAiJavaClientCodegen extends JavaClientCodegen {

  static final String LOCATION_SCOPED = "com.hoopai.invoices.client.LocationScoped";
  private static final String LOCATION_TEMPLATE = "location-api.mustache";

  private final ParamsModels paramsModels = new ParamsModels();

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
    ReferenceDescriptions.restore(openAPI, getInputSpec());
    for (Schema<?> schema : openAPI.getComponents().getSchemas().values()) {
      if (Boolean.TRUE.equals(Extensions.get(schema.getExtensions(), "x-sdk-location-scoped"))) {
        schema.addExtension("x-implements", List.of(LOCATION_SCOPED));
      }
    }
    for (PathItem path : openAPI.getPaths().values()) {
      for (Operation operation : path.readOperations()) {
        paramsModels.add(openAPI, path, operation);
      }
    }
  }

  @Override
  public ModelsMap postProcessModels(ModelsMap objs) {
    ModelsMap processed = super.postProcessModels(objs);
    for (ModelMap entry : processed.getModels()) {
      paramsModels.describe(entry.getModel());
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
    ModelDocs.describe(models);
    return processed;
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
      OperationArgs.describe(operation, models);
    }
    if (tag != null) {
      processed.put("locationClassname", locationClassname(tag));
    }
    return processed;
  }
}
