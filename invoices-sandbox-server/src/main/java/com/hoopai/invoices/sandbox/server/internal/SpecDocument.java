package com.hoopai.invoices.sandbox.server.internal;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Our spec, read from the {@code hoopai-invoices-spec} jar ({@code openapi/invoices-api.yaml}) and parsed
 * once per sandbox. Immutable after construction; shared by the router, the validator and the handlers.
 */
final class SpecDocument {

  /** Where the spec jar keeps the description. */
  public static final String RESOURCE = "openapi/invoices-api.yaml";

  private final OpenAPI api;
  private final String text;

  private SpecDocument(OpenAPI api, String text) {
    this.api = api;
    this.text = text;
  }

  /**
   * Loads the spec from the class path.
   *
   * @param loader the class loader that sees the spec jar
   * @return the parsed spec
   * @throws IllegalStateException if the spec is missing or does not parse
   */
  public static SpecDocument load(ClassLoader loader) {
    String yaml;
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path: add com.hoopai:hoopai-invoices-spec");
      }
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    // Inline every $ref (the shared error responses too), as the validator needs them.
    options.setResolveFully(true);
    SwaggerParseResult result = new OpenAPIParser().readContents(yaml, null, options);
    if (result.getOpenAPI() == null || (result.getMessages() != null && !result.getMessages().isEmpty())) {
      throw new IllegalStateException("the spec does not parse: " + result.getMessages());
    }
    return new SpecDocument(result.getOpenAPI(), yaml);
  }

  /**
   * The description as published, for tools that read it from the running sandbox.
   *
   * @return the YAML text
   */
  public String text() {
    return text;
  }

  /** The parsed spec; callers must not change it. */
  public OpenAPI api() {
    return api;
  }

  /**
   * The property names of a component schema, such as {@code Invoice}.
   *
   * @param schema the component name
   * @return its properties
   */
  public Set<String> properties(String schema) {
    return Set.copyOf(schemaProperties(schema).keySet());
  }

  /**
   * The {@code format} of one property of a component schema.
   *
   * @param schema the component name
   * @param property the property
   * @return the format, or {@code null}
   */
  public String format(String schema, String property) {
    Schema<?> s = schemaProperties(schema).get(property);
    return s == null ? null : s.getFormat();
  }

  @SuppressWarnings("rawtypes")
  private Map<String, Schema> schemaProperties(String schema) {
    Schema<?> s = api.getComponents().getSchemas().get(schema);
    if (s == null) {
      throw new IllegalArgumentException("no schema " + schema + " in the spec");
    }
    return s.getProperties() == null ? Map.of() : s.getProperties();
  }
}
