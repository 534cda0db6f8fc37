package com.hoopai.invoices.codegen;

import java.util.List;
import java.util.Map;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;

/**
 * The javadoc text of every model and property ({@code x-sdk-doc}): the spec's description made safe for
 * javadoc ({@link JavadocText}), else the description of the schema a property refers to, else a sentence
 * naming it; so no generated member a user sees in completion is left without documentation.
 */
final class ModelDocs {

  /** The vendor extension holding a model's or a property's javadoc text. */
  static final String DOC = "x-sdk-doc";

  private ModelDocs() {
  }

  /** Sets the javadoc text of each model and of its properties, in every list the templates read them from. */
  static void describe(Map<String, CodegenModel> models) {
    for (CodegenModel model : models.values()) {
      model.vendorExtensions.put(DOC, JavadocText.orElse(model.unescapedDescription,
          "The {@code " + model.name + "} object of the API."));
      for (List<CodegenProperty> vars : List.of(model.vars, model.allVars, model.requiredVars,
          model.optionalVars, model.readWriteVars, model.readOnlyVars)) {
        for (CodegenProperty property : vars) {
          property.vendorExtensions.put(DOC, propertyDoc(property, models));
        }
      }
    }
  }

  /**
   * A property's javadoc: its description, else (for a property that only refers to a schema) that schema's,
   * else a sentence naming it.
   */
  private static String propertyDoc(CodegenProperty property, Map<String, CodegenModel> models) {
    String own = JavadocText.of(property.unescapedDescription);
    if (own != null) {
      return own;
    }
    if (!property.isContainer && property.complexType != null) {
      CodegenModel referred = models.get(property.complexType);
      String theirs = referred == null ? null : JavadocText.of(referred.unescapedDescription);
      if (theirs != null) {
        return theirs;
      }
    }
    String kind = property.isArray ? "list" : property.isMap ? "map" : "property";
    return "The {@code " + property.baseName + "} " + kind + ".";
  }
}
