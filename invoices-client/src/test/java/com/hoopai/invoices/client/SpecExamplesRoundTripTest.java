package com.hoopai.invoices.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.hoopai.invoices.api.EstimateTemplatesApi;
import com.hoopai.invoices.api.EstimatesApi;
import com.hoopai.invoices.api.InvoiceSchedulesApi;
import com.hoopai.invoices.api.InvoiceTemplatesApi;
import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.client.support.SpecExamples;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the spec is read by the generated models without losing a field: proof that the
 * schemas describe the payloads we document (strict reading fails on any property a model lacks).
 */
class SpecExamplesRoundTripTest {

  private static final List<Class<?>> APIS = List.of(InvoicesApi.class, InvoiceTemplatesApi.class,
      InvoiceSchedulesApi.class, EstimatesApi.class, EstimateTemplatesApi.class);

  static Stream<SpecExamples.Operation> operations() {
    return SpecExamples.operations().stream();
  }

  @Test
  void theSpecHasAllFortyTwoOperationsAndEachHasAGeneratedMethod() {
    assertThat(SpecExamples.operations()).hasSize(42);
    for (SpecExamples.Operation operation : SpecExamples.operations()) {
      assertThat(method(operation.operationId())).as(operation.operationId()).isNotNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void theResponseExampleDecodesWithoutLosingAField(SpecExamples.Operation operation) throws Exception {
    Method method = method(operation.operationId());
    if (!operation.hasResponseBody()) {
      assertThat(method.getReturnType()).isEqualTo(void.class);
      return;
    }
    JsonNode example = operation.responseExample();
    JavaType type = SpecExamples.STRICT.getTypeFactory().constructType(method.getGenericReturnType());

    Object decoded = SpecExamples.STRICT.readerFor(type).readValue(example);
    JsonNode again = SpecExamples.STRICT.valueToTree(decoded);

    List<String> differences = new ArrayList<>();
    contains(again, example, "$", differences);
    assertThat(differences).as(operation.operationId()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void theRequestExampleIsWrittenBackExactly(SpecExamples.Operation operation) throws Exception {
    if (!operation.hasRequestBody()) {
      return;
    }
    Method method = method(operation.operationId());
    Class<?> bodyType = method.getParameterTypes()[method.getParameterCount() - 1];
    JsonNode example = operation.requestExample();

    Object body = SpecExamples.read(example, bodyType);
    JsonNode again = SpecExamples.STRICT.valueToTree(body);

    List<String> differences = new ArrayList<>();
    contains(again, example, "$", differences);
    contains(example, again, "$", differences);
    assertThat(differences).as(operation.operationId()).isEmpty();
  }

  private static Method method(String operationId) {
    for (Class<?> api : APIS) {
      for (Method method : api.getMethods()) {
        if (method.getName().equals(operationId) && !method.isDefault()) {
          return method;
        }
      }
    }
    return null;
  }

  /** Whether {@code actual} holds every value of {@code expected} (numbers and timestamps by value). */
  private static void contains(JsonNode actual, JsonNode expected, String path, List<String> differences) {
    if (expected.isObject()) {
      if (!actual.isObject()) {
        differences.add(path + ": expected an object, got " + actual);
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = actual.get(field.getKey());
        if (value == null) {
          if (!field.getValue().isNull()) {
            differences.add(path + "." + field.getKey() + ": lost");
          }
        } else {
          contains(value, field.getValue(), path + "." + field.getKey(), differences);
        }
      }
    } else if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        differences.add(path + ": expected " + expected + ", got " + actual);
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        contains(actual.get(i), expected.get(i), path + "[" + i + "]", differences);
      }
    } else if (expected.isNumber() && actual.isNumber()) {
      if (new BigDecimal(expected.asText()).compareTo(new BigDecimal(actual.asText())) != 0) {
        differences.add(path + ": expected " + expected + ", got " + actual);
      }
    } else if (!expected.equals(actual) && !sameInstant(expected, actual)) {
      differences.add(path + ": expected " + expected + ", got " + actual);
    }
  }

  private static boolean sameInstant(JsonNode expected, JsonNode actual) {
    try {
      return OffsetDateTime.parse(expected.asText()).isEqual(OffsetDateTime.parse(actual.asText()));
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
