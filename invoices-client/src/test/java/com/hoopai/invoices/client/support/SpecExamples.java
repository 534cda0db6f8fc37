package com.hoopai.invoices.client.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

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

  /** The request example of an operation without its {@code altId} (for location-bound views). */
  public static <T> T requestWithoutAltId(String operationId, Class<T> type) {
    JsonNode example = operation(operationId).requestExample();
    ((ObjectNode) example).remove("altId");
    return read(example, type);
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
