package com.hoopai.invoices.client.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a JSON tree lacks of another: every field, array item and value of the expected tree must be in the
 * actual one (numbers compared by value, timestamps by instant), extra fields are allowed.
 *
 * <pre>{@code
 * assertThat(JsonDifferences.missing(SpecExamples.STRICT.valueToTree(decoded), example)).isEmpty();
 * }</pre>
 */
public final class JsonDifferences {

  private JsonDifferences() {
  }

  /** One line per value of {@code expected} that {@code actual} lost or changed, with its JSON path. */
  public static List<String> missing(JsonNode actual, JsonNode expected) {
    List<String> differences = new ArrayList<>();
    compare(actual, expected, "$", differences);
    return differences;
  }

  private static void compare(JsonNode actual, JsonNode expected, String path, List<String> differences) {
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
          compare(value, field.getValue(), path + "." + field.getKey(), differences);
        }
      }
    } else if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        differences.add(path + ": expected " + expected + ", got " + actual);
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(actual.get(i), expected.get(i), path + "[" + i + "]", differences);
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
