package com.hoopai.invoices.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build's gate on the spec: it parses without a single message, every reference resolves, every
 * operation id is unique, the operations are exactly the expected ones (named when one is added or missing),
 * and every operation carries what the SDK and its users rely on.
 */
class SpecValidationTest {

  private static final String SPEC = System.getProperty("spec.file", "src/main/openapi/invoices-api.yaml");

  /** The operations the SDK promises, by tag; a change here is a change of the API, on purpose. */
  private static final Set<String> EXPECTED_OPERATIONS = Set.of(
      // Invoices
      "createInvoice", "listInvoices", "getInvoice", "updateInvoice", "deleteInvoice", "sendInvoice",
      "voidInvoice", "recordInvoicePayment", "updateInvoiceLateFeesConfiguration", "generateInvoiceNumber",
      "getInvoiceSettings", "updateInvoiceLastVisitedAt", "text2PayInvoice",
      // Invoice templates
      "createInvoiceTemplate", "listInvoiceTemplates", "getInvoiceTemplate", "updateInvoiceTemplate",
      "deleteInvoiceTemplate", "updateInvoiceTemplateLateFeesConfiguration",
      "updateInvoiceTemplatePaymentMethodsConfiguration",
      // Invoice schedules
      "createInvoiceSchedule", "listInvoiceSchedules", "getInvoiceSchedule", "updateInvoiceSchedule",
      "deleteInvoiceSchedule", "updateAndScheduleInvoiceSchedule", "scheduleInvoiceSchedule",
      "setInvoiceScheduleAutoPayment", "cancelInvoiceSchedule",
      // Estimates
      "createEstimate", "listEstimates", "updateEstimate", "deleteEstimate", "sendEstimate",
      "createInvoiceFromEstimate", "generateEstimateNumber", "updateEstimateLastVisitedAt",
      // Estimate templates
      "listEstimateTemplates", "createEstimateTemplate", "updateEstimateTemplate", "deleteEstimateTemplate",
      "previewEstimateTemplate");

  private static SwaggerParseResult parsed;
  private static OpenAPI api;
  private static JsonNode raw;

  @BeforeAll
  static void parse() throws IOException {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    parsed = new OpenAPIV3Parser().readLocation(new File(SPEC).getAbsolutePath(), null, options);
    api = parsed.getOpenAPI();
    raw = new YAMLMapper().readTree(new File(SPEC));
  }

  private static List<Map.Entry<String, Operation>> operations() {
    List<Map.Entry<String, Operation>> all = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      path.getValue().readOperationsMap().forEach((method, operation) ->
          all.add(Map.entry(method + " " + path.getKey(), operation)));
    }
    return all;
  }

  @Test
  void theSpecParsesWithoutAnyMessage() {
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(api.getOpenapi()).startsWith("3.0.");
  }

  @Test
  void everyReferenceResolves() {
    List<String> broken = new ArrayList<>();
    collectBrokenRefs(raw, "$", broken);
    assertThat(broken).isEmpty();
  }

  @Test
  void operationIdsAreUniqueAndWellFormed() {
    Set<String> ids = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (Map.Entry<String, Operation> operation : operations()) {
      String id = operation.getValue().getOperationId();
      assertThat(id).as(operation.getKey()).isNotBlank().matches("[a-z][A-Za-z0-9]+");
      if (!ids.add(id)) {
        duplicates.add(id);
      }
    }
    assertThat(duplicates).as("operation ids used twice").isEmpty();
  }

  @Test
  void theSpecHasExactlyTheExpectedOperations() {
    Set<String> actual = new TreeSet<>();
    operations().forEach(operation -> actual.add(operation.getValue().getOperationId()));
    Set<String> added = new TreeSet<>(actual);
    added.removeAll(EXPECTED_OPERATIONS);
    Set<String> missing = new TreeSet<>(EXPECTED_OPERATIONS);
    missing.removeAll(actual);

    assertThat(added.isEmpty() && missing.isEmpty())
        .as("operations added to the spec (add them to EXPECTED_OPERATIONS): %s; expected operations missing"
            + " from the spec: %s", added, missing)
        .isTrue();
  }

  @Test
  void everyOperationRequiresTheVersionHeaderAndABearerToken() {
    for (Map.Entry<String, Operation> entry : operations()) {
      Operation operation = entry.getValue();
      List<Parameter> parameters = operation.getParameters();
      assertThat(parameters).as(entry.getKey()).isNotNull();
      assertThat(parameters).as(entry.getKey())
          .anySatisfy(p -> {
            Parameter resolved = resolve(p);
            assertThat(resolved.getName()).isEqualTo("Version");
            assertThat(resolved.getIn()).isEqualTo("header");
            assertThat(resolved.getRequired()).isTrue();
          });
      assertThat(operation.getSecurity()).as(entry.getKey()).isNotEmpty();
      assertThat(operation.getTags()).as(entry.getKey()).hasSize(1);
      assertThat(operation.getExtensions()).as(entry.getKey()).containsKey("x-sdk-idempotent");
    }
  }

  @Test
  void everyOperationDocumentsItsErrors() {
    for (Map.Entry<String, Operation> entry : operations()) {
      assertThat(entry.getValue().getResponses()).as(entry.getKey()).containsKeys("400", "401", "429");
    }
  }

  @Test
  void everyBodyAndEveryAnswerHasARealisticExample() {
    for (Map.Entry<String, Operation> entry : operations()) {
      Operation operation = entry.getValue();
      if (operation.getRequestBody() != null) {
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        assertThat(json.getExample()).as(entry.getKey() + " request example").isNotNull();
      }
      for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
        if (response.getKey().startsWith("2") && response.getValue().getContent() != null) {
          MediaType json = response.getValue().getContent().get("application/json");
          assertThat(json.getExample()).as(entry.getKey() + " " + response.getKey() + " example").isNotNull();
        }
      }
    }
  }

  @Test
  void theFiveListsCarryTheirPaginationHints() {
    List<String> paged = new ArrayList<>();
    for (Map.Entry<String, Operation> entry : operations()) {
      Object hint = entry.getValue().getExtensions() == null ? null
          : entry.getValue().getExtensions().get("x-sdk-pagination");
      if (hint instanceof Map<?, ?> map) {
        assertThat(map.keySet().stream().map(String::valueOf).toList()).as(entry.getKey())
            .contains("items", "total", "itemSchema");
        assertThat(api.getComponents().getSchemas()).containsKey((String) map.get("itemSchema"));
        paged.add(entry.getValue().getOperationId());
      }
    }
    assertThat(paged).containsExactlyInAnyOrder("listInvoices", "listInvoiceTemplates", "listInvoiceSchedules",
        "listEstimates", "listEstimateTemplates");
  }

  private static Parameter resolve(Parameter parameter) {
    if (parameter.get$ref() == null) {
      return parameter;
    }
    String name = parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1);
    return api.getComponents().getParameters().get(name);
  }

  private static void collectBrokenRefs(JsonNode node, String path, List<String> broken) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getKey().equals("$ref")) {
          String ref = field.getValue().asText();
          if (!ref.startsWith("#/") || raw.at(ref.substring(1)).isMissingNode()) {
            broken.add(path + ": " + ref);
          }
        } else {
          collectBrokenRefs(field.getValue(), path + "." + field.getKey(), broken);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectBrokenRefs(node.get(i), path + "[" + i + "]", broken);
      }
    }
  }
}
