package com.hoopai.invoices.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;

/**
 * Gives back the descriptions the spec writes beside a {@code $ref} ({@code altType: {$ref: ..., description:
 * ...}}): OpenAPI 3.0 lets a parser ignore them, and the one the generator uses does, but they say what the
 * property means where the referenced schema only says what its type is. Read from the spec file itself.
 */
final class ReferenceDescriptions {

  private ReferenceDescriptions() {
  }

  /** Sets each {@code $ref} property's description, where the parsed model lost it, from the file at {@code spec}. */
  static void restore(OpenAPI openAPI, String spec) {
    JsonNode schemas = read(spec).path("components").path("schemas");
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

  private static JsonNode read(String location) {
    try {
      File file = new File(location);
      return file.isFile() ? Yaml.mapper().readTree(file) : Yaml.mapper().readTree(new URL(location));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spec " + location + " for its descriptions", e);
    }
  }
}
