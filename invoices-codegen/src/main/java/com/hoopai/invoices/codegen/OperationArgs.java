package com.hoopai.invoices.codegen;

import static org.openapitools.codegen.utils.StringUtils.camelize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;

/**
 * What the api templates print for one operation: its javadoc text ({@code x-sdk-summary}, {@code x-sdk-notes}),
 * the argument lists ({@code x-sdk-args} for the Feign interface, {@code x-sdk-view-args} for the location-bound
 * view) so no template has to skip list entries, the constant query, the return types and the paging accessors.
 */
final class OperationArgs {

  /** A body with only these properties names the location alone: the location-bound view fills it in. */
  private static final Set<String> LOCATION_BODY_PROPERTIES = Set.of("altId", "altType");

  private OperationArgs() {
  }

  /** Sets the operation's vendor extensions the templates read; {@code models} are the models by class name. */
  static void describe(CodegenOperation operation, Map<String, CodegenModel> models) {
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
    constantQuery(operation);
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
    paging(extensions);
  }

  /** The query parameters with a constant value ({@code x-sdk-constant}), as one query string. */
  private static void constantQuery(CodegenOperation operation) {
    StringBuilder constants = new StringBuilder();
    for (CodegenParameter query : operation.queryParams) {
      Object constant = query.vendorExtensions.get("x-sdk-constant");
      if (constant != null) {
        constants.append(constants.length() == 0 ? "" : "&").append(query.baseName).append('=').append(constant);
      }
    }
    if (constants.length() > 0) {
      operation.vendorExtensions.put("x-sdk-constant-query", constants.toString());
    }
  }

  /** The accessors of a paged answer ({@code x-sdk-pagination}): its items, its total and the item type. */
  private static void paging(Map<String, Object> extensions) {
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
}
