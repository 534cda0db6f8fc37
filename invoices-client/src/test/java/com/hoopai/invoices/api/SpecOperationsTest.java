package com.hoopai.invoices.api;

import static com.hoopai.invoices.client.support.HoopAiMock.assertQuery;
import static com.hoopai.invoices.client.support.HoopAiMock.assertRequestLine;
import static com.hoopai.invoices.client.support.HoopAiMock.bodyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hoopai.invoices.client.support.ExampleCall;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.JsonDifferences;
import com.hoopai.invoices.client.support.SpecExamples.Operation;
import com.hoopai.invoices.client.support.SpecExamples;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the spec, called through the SDK with the arguments its examples give (path ids, a
 * params object holding each query parameter's example, the request example as the body), against a server
 * answering the response example: the server must see the example request (method, path, query, headers,
 * body) and the caller must get every field of the example back. The same call through a location view,
 * told nothing of the location, must send the same request; each paged list must walk its envelope.
 */
class SpecOperationsTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  static Stream<Named<Operation>> operations() {
    return SpecExamples.operations().stream().map(operation -> Named.of(operation.operationId(), operation));
  }

  static Stream<Named<Operation>> pagedOperations() {
    return operations().filter(operation -> operation.getPayload().pagination() != null);
  }

  @Test
  void theSpecHasFortyTwoOperationsAndTheApiGeneratesExactlyThose() {
    List<String> specIds = operations().map(Named::getName).toList();

    assertThat(specIds).hasSize(42).doesNotHaveDuplicates();
    assertThat(ExampleCall.generatedOperationIds()).containsExactlyInAnyOrderElementsOf(specIds);
    assertThat(pagedOperations()).hasSize(5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void theExampleCallSendsTheExampleRequestAndKeepsEveryFieldOfTheExampleAnswer(Operation operation)
      throws Throwable {
    hoopAi.enqueueExample(operation.operationId());
    ExampleCall call = ExampleCall.onClient(hoopAi.client(), operation);

    Object result = call.invoke();

    assertSentTheExample(hoopAi.takeRequest(), operation);
    assertKeepsTheExampleAnswer(call.method(), result, operation);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void aLocationViewSendsTheSameRequestWithTheLocationLeftOutOfTheArguments(Operation operation)
      throws Throwable {
    hoopAi.enqueueExample(operation.operationId());

    Object result = ExampleCall.onLocationView(hoopAi.client(), operation).invoke();

    assertSentTheExample(hoopAi.takeRequest(), operation);
    assertThat(result == null).isEqualTo(!operation.hasResponseBody());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pagedOperations")
  void autoPagingWalksTheEnvelopePageByPageUpToItsTotal(Operation operation) throws Exception {
    String items = operation.pagination().get("items").asText();
    String total = operation.pagination().get("total").asText();
    JsonNode item = operation.responseExample().get(items).get(0);
    hoopAi.enqueueJson(200, page(items, total, item, "p1", "p2"));
    hoopAi.enqueueJson(200, page(items, total, item, "p3", "p4"));
    hoopAi.enqueueJson(200, page(items, total, item, "p5"));
    hoopAi.enqueueJson(200, page(items, total, item, "p6")); // never asked for: the total says 5

    Method list = ExampleCall.apiMethod(operation.operationId());
    Object firstTwo = withLimit(ExampleCall.exampleParams(list, operation), 2);
    Method autoPaging = list.getDeclaringClass().getMethod(list.getName() + "AutoPaging", list.getParameterTypes());
    Stream<?> stream = (Stream<?>) autoPaging.invoke(ExampleCall.group(hoopAi.client(), list), firstTwo);

    assertThat(stream.map(each -> SpecExamples.STRICT.valueToTree(each).get("_id").asText()))
        .containsExactly("p1", "p2", "p3", "p4", "p5");
    assertThat(hoopAi.requestCount()).isEqualTo(3);
    for (int offset = 0; offset <= 4; offset += 2) {
      Map<String, String> query = new LinkedHashMap<>(operation.exampleQuery());
      query.put("limit", "2");
      query.put("offset", String.valueOf(offset));
      RecordedRequest request = hoopAi.takeRequest(operation.method(), operation.examplePath());
      assertQuery(request, query);
    }
  }

  @Test
  void theCheckRefusesAnotherOperationsMethodPathQueryOrBody() throws Throwable {
    Operation getInvoice = SpecExamples.operation("getInvoice");
    RecordedRequest get = sentBy(getInvoice);
    assertThatThrownBy(() -> assertSentTheExample(get, SpecExamples.operation("deleteInvoice")))
        .as("same path and query, another method").isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertSentTheExample(get, SpecExamples.operation("getInvoiceTemplate")))
        .as("same method and query, another path").isInstanceOf(AssertionError.class);

    Operation listInvoices = SpecExamples.operation("listInvoices");
    RecordedRequest list = sentBy(listInvoices);
    Operation listWithoutSearch = new Operation(listInvoices.operationId(), listInvoices.method(),
        listInvoices.path(), withoutParameter(listInvoices.definition(), "Search"));
    assertThatThrownBy(() -> assertSentTheExample(list, listWithoutSearch))
        .as("one query parameter too many").isInstanceOf(AssertionError.class);

    Operation updateInvoice = SpecExamples.operation("updateInvoice");
    RecordedRequest update = sentBy(updateInvoice);
    ObjectNode otherBody = updateInvoice.definition().deepCopy();
    ((ObjectNode) otherBody.at("/requestBody/content/application~1json/example")).put("name", "Another name");
    assertThatThrownBy(() -> assertSentTheExample(update, new Operation(updateInvoice.operationId(),
        updateInvoice.method(), updateInvoice.path(), otherBody)))
        .as("another body").isInstanceOf(AssertionError.class);
  }

  /** What the server saw is the operation's example request, headers checked by {@link HoopAiMock}. */
  private static void assertSentTheExample(RecordedRequest request, Operation operation) throws Exception {
    assertRequestLine(request, operation.method(), operation.examplePath());
    assertQuery(request, operation.exampleQuery());
    if (operation.hasRequestBody()) {
      assertThat(bodyOf(request)).as("body").isEqualTo(operation.requestExample());
    } else {
      assertThat(request.getBodySize()).as("body size").isZero();
    }
  }

  /** The answer decoded into the declared type, re-serialized, still holds every field of the example. */
  private static void assertKeepsTheExampleAnswer(Method method, Object result, Operation operation) {
    if (!operation.hasResponseBody()) {
      assertThat(method.getReturnType()).isEqualTo(void.class);
      return;
    }
    assertThat(result).isInstanceOf(method.getReturnType());
    JsonNode again = SpecExamples.STRICT.valueToTree(result);
    assertThat(JsonDifferences.missing(again, operation.responseExample())).as("fields lost or changed").isEmpty();
  }

  private RecordedRequest sentBy(Operation operation) throws Throwable {
    hoopAi.enqueueExample(operation.operationId());
    ExampleCall.onClient(hoopAi.client(), operation).invoke();
    return hoopAi.takeRequest();
  }

  private static JsonNode withoutParameter(JsonNode definition, String component) {
    ObjectNode copy = definition.deepCopy();
    ArrayNode kept = copy.putArray("parameters");
    for (JsonNode parameter : definition.get("parameters")) {
      if (!parameter.path("$ref").asText().endsWith("/" + component)) {
        kept.add(parameter);
      }
    }
    return copy;
  }

  private static Object withLimit(Object params, int limit) throws ReflectiveOperationException {
    Object builder = params.getClass().getMethod("toBuilder").invoke(params);
    builder.getClass().getMethod("limit", Integer.class).invoke(builder, limit);
    return builder.getClass().getMethod("build").invoke(builder);
  }

  /** A page of the envelope: copies of {@code item} with these ids, out of a total of five. */
  private static JsonNode page(String items, String total, JsonNode item, String... ids) {
    ObjectNode page = SpecExamples.STRICT.createObjectNode();
    ArrayNode list = page.putArray(items);
    for (String id : ids) {
      list.add(((ObjectNode) item.deepCopy()).put("_id", id));
    }
    page.put(total, 5);
    return page;
  }
}
