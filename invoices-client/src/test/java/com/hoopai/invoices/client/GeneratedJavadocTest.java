package com.hoopai.invoices.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hoopai.invoices.client.support.SpecExamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated sources carry the spec's own words where users read them: every schema's description on its
 * class, every property's on its getter, fluent setter and bean setter (a property that only refers to another
 * schema takes that schema's), every operation's on its method and every query parameter's on its params
 * accessor and builder method. The javadoc build (doclint, failOnWarnings) proves that nothing is left
 * undocumented; this proves that what is there is the spec's description, not a placeholder.
 */
class GeneratedJavadocTest {

  private static final Path SOURCES = Path.of("target/generated-sources/openapi/src/main/java/com/hoopai/invoices");
  private static final JsonNode SPEC = SpecExamples.spec();

  @Test
  void everySchemaAndPropertyCarriesItsDescription() throws IOException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = SPEC.at("/components/schemas").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> schema = it.next();
      String source = Files.readString(SOURCES.resolve("model/" + schema.getKey() + ".java"));
      String name = schema.getKey();
      expect(missing, name, javadocBefore(source, "public (class|enum) " + name + "\\b"),
          schema.getValue().path("description").asText());
      checked++;
      for (Iterator<Map.Entry<String, JsonNode>> props = schema.getValue().path("properties").fields();
          props.hasNext(); ) {
        Map.Entry<String, JsonNode> property = props.next();
        String description = propertyDescription(property.getValue());
        String where = name + "." + property.getKey();
        String constant = constantOf(source, property.getKey());
        String field = fieldAfter(source, constant);
        expect(missing, where + " (fluent setter)", javadocBefore(source, "public " + name + " " + field + "\\("),
            description);
        expect(missing, where + " (getter)",
            javadocBefore(source, "@JsonProperty\\(value = " + constant + ",[^\\n]*\\n[^\\n]*\\n\\s*public (?!void)"),
            description);
        expect(missing, where + " (setter)",
            javadocBefore(source, "@JsonProperty\\(value = " + constant + ",[^\\n]*\\n[^\\n]*\\n\\s*public void"),
            description);
        checked += 3;
      }
    }
    assertThat(missing).isEmpty();
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void everyOperationAndQueryParameterCarriesItsDescription() throws IOException {
    String apis;
    try (Stream<Path> files = Files.list(SOURCES.resolve("api"))) {
      StringBuilder all = new StringBuilder();
      for (Path file : files.filter(f -> !f.getFileName().toString().contains("LocationApi")).toList()) {
        all.append(plain(Files.readString(file)));
      }
      apis = all.toString();
    }
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (SpecExamples.Operation operation : SpecExamples.operations()) {
      JsonNode spec = operationNode(operation.operationId());
      String notes = plainSpec(spec.path("description").asText());
      if (!apis.contains(notes)) {
        missing.add(operation.operationId() + ": " + notes);
      }
      checked++;
      String paramsClass = Character.toUpperCase(operation.operationId().charAt(0))
          + operation.operationId().substring(1) + "Params";
      for (JsonNode declared : spec.path("parameters")) {
        JsonNode parameter = resolve(declared);
        if (!"query".equals(parameter.path("in").asText()) || parameter.path("x-sdk-managed").asBoolean()
            || !parameter.hasNonNull("description")) {
          continue;
        }
        String source = Files.readString(SOURCES.resolve("model/" + paramsClass + ".java"));
        String wire = parameter.path("name").asText();
        String field = fieldAfterParam(source, wire);
        String where = paramsClass + "." + wire;
        String description = parameter.path("description").asText();
        expect(missing, where + " (accessor)", javadocBefore(source, "public \\S+ " + field + "\\(\\)"), description);
        expect(missing, where + " (builder)", javadocBefore(source, "public Builder " + field + "\\("), description);
        checked += 2;
      }
    }
    assertThat(missing).isEmpty();
    assertThat(checked).isGreaterThan(60);
  }

  /** A property's own description, else that of the schema it refers to. */
  private static String propertyDescription(JsonNode property) {
    if (property.hasNonNull("description")) {
      return property.get("description").asText();
    }
    String ref = property.path("$ref").asText(property.path("allOf").path(0).path("$ref").asText());
    assertThat(ref).as("a property with neither a description nor a $ref: " + property).isNotEmpty();
    return SPEC.at(ref.substring(1)).path("description").asText();
  }

  private static JsonNode operationNode(String operationId) {
    for (JsonNode path : SPEC.path("paths")) {
      for (JsonNode operation : path) {
        if (operationId.equals(operation.path("operationId").asText())) {
          return operation;
        }
      }
    }
    throw new AssertionError("no operation " + operationId);
  }

  private static JsonNode resolve(JsonNode parameter) {
    return parameter.has("$ref") ? SPEC.at(parameter.get("$ref").asText().substring(1)) : parameter;
  }

  private static void expect(List<String> missing, String where, String javadoc, String description) {
    if (javadoc == null || !plain(javadoc).contains(plainSpec(description))) {
      missing.add(where + ": " + (javadoc == null ? "no javadoc" : plain(javadoc)));
    }
  }

  /** The javadoc comment right before the first declaration matching {@code declaration}, or null. */
  private static String javadocBefore(String source, String declaration) {
    Matcher matcher = Pattern.compile(declaration).matcher(source);
    if (!matcher.find()) {
      return null;
    }
    int end = source.lastIndexOf("*/", matcher.start());
    int start = source.lastIndexOf("/**", end);
    if (start < 0 || end < 0) {
      return null;
    }
    String between = source.substring(end + 2, matcher.start()).replaceAll("@[\\w.]+(\\([^)]*\\))?", "");
    // Only annotations may stand between the comment and the declaration.
    return between.isBlank() ? source.substring(start + 3, end) : null;
  }

  private static String constantOf(String source, String wireName) {
    Matcher matcher = Pattern.compile("(JSON_PROPERTY_\\w+) = \"" + Pattern.quote(wireName) + "\";").matcher(source);
    assertThat(matcher.find()).as("constant for " + wireName).isTrue();
    return matcher.group(1);
  }

  private static String fieldAfter(String source, String constant) {
    Matcher matcher = Pattern.compile(constant + " = \"[^\"]*\";\\s*(@\\S+\\s*)*private [^;=]+ (\\w+)\\s*[;=]").matcher(source);
    assertThat(matcher.find()).as("field after " + constant).isTrue();
    return matcher.group(2);
  }

  private static String fieldAfterParam(String source, String wireName) {
    Matcher matcher = Pattern.compile("@feign.Param\\(\"" + Pattern.quote(wireName) + "\"\\)\\s*private final [^;=]+ (\\w+);")
        .matcher(source);
    assertThat(matcher.find()).as("field for " + wireName).isTrue();
    return matcher.group(1);
  }

  /** Javadoc as a reader sees it: no comment stars, code elements or entities, single spaces. */
  private static String plain(String javadoc) {
    return javadoc.replaceAll("(?m)^\\s*\\*", " ")
        .replace("<code>", "").replace("</code>", "")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&#64;", "@").replace("&#92;", "\\")
        .replace("&#47;", "/").replace("&amp;", "&")
        .replaceAll("\\s+", " ");
  }

  /** A spec description as a reader of the javadoc sees it: no Markdown backticks, single spaces. */
  private static String plainSpec(String description) {
    return description.replace("`", "").replaceAll("\\s+", " ").strip();
  }
}
