package com.hoopai.invoices.client.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * The examples of our spec ({@code openapi/invoices-api.yaml} from the spec module), by operationId, so
 * tests send and answer what the spec documents.
 */
public final class SpecExamples {

  /** Reads examples into models and fails on any property the model does not know. */
  public static final ObjectMapper STRICT = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
      .build();

  private static final JsonNode SPEC = load();

  private SpecExamples() {
  }

  /** The whole spec as a tree. */
  public static JsonNode spec() {
    return SPEC;
  }

  /** One operation: HTTP method, path and its definition. */
  public record Operation(String operationId, String method, String path, JsonNode definition) {

    /** The success status the spec documents (200 or 201). */
    public int successStatus() {
      Iterator<String> codes = definition.get("responses").fieldNames();
      while (codes.hasNext()) {
        String code = codes.next();
        if (code.startsWith("2")) {
          return Integer.parseInt(code);
        }
      }
      throw new IllegalStateException(operationId + " has no 2xx response");
    }

    /** The example of the JSON request body. */
    public JsonNode requestExample() {
      JsonNode example = definition.path("requestBody").path("content").path("application/json").get("example");
      if (example == null) {
        throw new IllegalStateException(operationId + " has no request example");
      }
      return example.deepCopy();
    }

    /** The example of the JSON success answer. */
    public JsonNode responseExample() {
      JsonNode example = definition.path("responses").path(String.valueOf(successStatus()))
          .path("content").path("application/json").get("example");
      if (example == null) {
        throw new IllegalStateException(operationId + " has no response example");
      }
      return example.deepCopy();
    }

    /** Whether the success answer has a JSON body. */
    public boolean hasResponseBody() {
      return definition.path("responses").path(String.valueOf(successStatus())).has("content");
    }

    /** Whether the operation takes a JSON body. */
    public boolean hasRequestBody() {
      return definition.has("requestBody");
    }

    /** The parameters of the operation that are {@code in} the path, the query or a header, refs resolved. */
    public List<JsonNode> parameters(String in) {
      List<JsonNode> found = new ArrayList<>();
      for (JsonNode parameter : definition.path("parameters")) {
        JsonNode resolved = parameter.has("$ref") ? resolve(parameter.get("$ref").asText()) : parameter;
        if (resolved.path("in").asText().equals(in)) {
          found.add(resolved);
        }
      }
      return found;
    }

    /** The path with each path parameter's example in place, encoded as one segment. */
    public String examplePath() {
      String expanded = path;
      for (JsonNode parameter : parameters("path")) {
        String segment = new HttpUrl.Builder().scheme("http").host("example.com")
            .addPathSegment(example(parameter).asText()).build().encodedPath().substring(1);
        expanded = expanded.replace("{" + parameter.get("name").asText() + "}", segment);
      }
      return expanded;
    }

    /** The query of the example call: each query parameter's example (or constant), by name. */
    public Map<String, String> exampleQuery() {
      Map<String, String> query = new LinkedHashMap<>();
      for (JsonNode parameter : parameters("query")) {
        query.put(parameter.get("name").asText(), parameter.has("x-sdk-constant")
            ? parameter.get("x-sdk-constant").asText() : example(parameter).asText());
      }
      return query;
    }

    /** The location the examples name, in the query or the request body; {@code null} if none does. */
    public String exampleLocation() {
      for (JsonNode parameter : parameters("query")) {
        if (parameter.has("x-sdk-location")) {
          return example(parameter).asText();
        }
      }
      return hasRequestBody() && requestExample().has("altId") ? requestExample().get("altId").asText() : null;
    }

    /** The names of the list envelope's items and total ({@code x-sdk-pagination}), or {@code null}. */
    public JsonNode pagination() {
      return definition.get("x-sdk-pagination");
    }
  }

  /**
   * The example of a parameter. A free-text parameter (a plain string) may have none, the API naming no
   * value for it: it gets {@code sample-<name>}, so a call still sends it and a test still sees it sent.
   */
  public static JsonNode example(JsonNode parameter) {
    JsonNode example = parameter.get("example");
    if (example != null) {
      return example;
    }
    JsonNode schema = parameter.path("schema");
    if (schema.path("type").asText().equals("string") && !schema.has("format") && !schema.has("enum")) {
      return TextNode.valueOf("sample-" + parameter.path("name").asText());
    }
    throw new IllegalStateException("parameter " + parameter.path("name").asText() + " has no example");
  }

  private static JsonNode resolve(String ref) {
    JsonNode node = SPEC;
    for (String step : ref.substring(2).split("/")) {
      node = node.path(step);
    }
    if (node.isMissingNode()) {
      throw new IllegalStateException("the spec has no " + ref);
    }
    return node;
  }

  /** The operation with this id. */
  public static Operation operation(String operationId) {
    for (Operation operation : operations()) {
      if (operation.operationId().equals(operationId)) {
        return operation;
      }
    }
    throw new IllegalArgumentException("no operation " + operationId + " in the spec");
  }

  /** Every operation of the spec. */
  public static List<Operation> operations() {
    List<Operation> all = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = SPEC.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (method.getValue().has("operationId")) {
          all.add(new Operation(method.getValue().get("operationId").asText(), method.getKey().toUpperCase(),
              path.getKey(), method.getValue()));
        }
      }
    }
    return all;
  }

  /** The request example of an operation, read into a model strictly. */
  public static <T> T request(String operationId, Class<T> type) {
    return read(operation(operationId).requestExample(), type);
  }

  /** A JSON tree read into a model, failing on unknown properties. */
  public static <T> T read(JsonNode json, Class<T> type) {
    try {
      return STRICT.treeToValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode load() {
    try (InputStream in = SpecExamples.class.getClassLoader().getResourceAsStream("openapi/invoices-api.yaml")) {
      if (in == null) {
        throw new IllegalStateException("openapi/invoices-api.yaml is not on the test class path");
      }
      return new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
