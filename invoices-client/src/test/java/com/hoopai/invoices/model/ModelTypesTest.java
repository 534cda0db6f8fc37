package com.hoopai.invoices.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.hoopai.invoices.client.support.SpecExamples;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Java type of every scalar property the spec types: money and other numbers as {@link BigDecimal}
 * (never a double), counts as {@link Integer} or {@link Long}, days as {@link LocalDate}, instants as
 * {@link OffsetDateTime}. Decoding keeps each example's value either way; only the type says a total of
 * 1121.13 will not become 1121.1299999.
 */
class ModelTypesTest {

  @Test
  void everyTypedPropertyHasTheJavaTypeOfItsSpecType() throws ClassNotFoundException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Iterator<Map.Entry<String, JsonNode>> schemas = SpecExamples.spec().at("/components/schemas").fields();
        schemas.hasNext(); ) {
      Map.Entry<String, JsonNode> schema = schemas.next();
      for (Iterator<Map.Entry<String, JsonNode>> properties = schema.getValue().path("properties").fields();
          properties.hasNext(); ) {
        Map.Entry<String, JsonNode> property = properties.next();
        Class<?> expected = javaType(property.getValue());
        if (expected == null) {
          continue;
        }
        Class<?> actual = propertyType(Class.forName("com.hoopai.invoices.model." + schema.getKey()),
            property.getKey());
        checked++;
        if (actual != expected) {
          wrong.add(schema.getKey() + "." + property.getKey() + " is " + actual + ", expected " + expected);
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(checked).as("typed properties checked").isGreaterThan(70);
  }

  /** The Java type the spec's scalar type and format call for; {@code null} for others. */
  private static Class<?> javaType(JsonNode property) {
    String type = property.path("type").asText();
    String format = property.path("format").asText();
    return switch (type) {
      case "number" -> BigDecimal.class;
      case "integer" -> format.equals("int64") ? Long.class : Integer.class;
      case "string" -> format.equals("date") ? LocalDate.class
          : format.equals("date-time") ? OffsetDateTime.class : null;
      default -> null;
    };
  }

  private static Class<?> propertyType(Class<?> model, String name) {
    return SpecExamples.STRICT.getSerializationConfig()
        .introspect(SpecExamples.STRICT.constructType(model)).findProperties().stream()
        .filter(property -> property.getName().equals(name)).findFirst()
        .map(BeanPropertyDefinition::getRawPrimaryType)
        .orElse(null);
  }
}
