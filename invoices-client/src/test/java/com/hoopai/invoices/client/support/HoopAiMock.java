package com.hoopai.invoices.client.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.RetryPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A scripted HoopAI for one test: a {@link MockWebServer} on loopback, started before each test and closed
 * after it, with a client aimed at it (authenticated with {@link #TOKEN}, retries and pacing off) and the
 * helpers that enqueue answers and check what the server saw.
 *
 * <pre>{@code
 * @RegisterExtension final HoopAiMock hoopAi = new HoopAiMock();
 *
 * @Test void getsAnInvoice() throws Exception {
 *   hoopAi.enqueueExample("getInvoice");
 *   Invoice invoice = hoopAi.client().forLocation(LOCATION).invoices().getInvoice("inv_1");
 *   RecordedRequest request = hoopAi.takeRequest("GET", "/invoices/inv_1");
 * }
 * }</pre>
 */
public final class HoopAiMock implements BeforeEachCallback, AfterEachCallback {

  /** The bearer token every client of {@link #clientBuilder()} sends. */
  public static final String TOKEN = "pit-test-0123456789abcdef";
  /** The location id the spec's examples use. */
  public static final String LOCATION = "ve9EPM428h8vShlRW1KT";

  private final List<InvoicesClient> clients = new ArrayList<>();
  private MockWebServer server;
  private InvoicesClient client;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      clients.forEach(InvoicesClient::close);
    } finally {
      clients.clear();
      client = null;
      server.close();
    }
  }

  /** The server of the running test, for scripting answers {@link #enqueueJson} does not cover. */
  public MockWebServer server() {
    return server;
  }

  /** The test's client, built on first use from {@link #clientBuilder()} and closed after the test. */
  public InvoicesClient client() {
    if (client == null) {
      client = client(UnaryOperator.identity());
    }
    return client;
  }

  /**
   * Another client of the test, built from {@link #clientBuilder()} as {@code configure} adjusts it and
   * closed after the test, e.g. {@code hoopAi.client(builder -> builder.retryPolicy(HoopAiMock.fastRetries()))}.
   */
  public InvoicesClient client(UnaryOperator<InvoicesClient.Builder> configure) {
    InvoicesClient built = configure.apply(clientBuilder()).build();
    clients.add(built);
    return built;
  }

  /** A second client of this test, retrying with {@link #fastRetries()}; closed after the test. */
  public InvoicesClient retryingClient() {
    return client(builder -> builder.retryPolicy(fastRetries()));
  }

  /** Three attempts, 10 to 50 ms apart: retries a test can wait for. */
  public static RetryPolicy fastRetries() {
    return RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10))
        .maxBackoff(Duration.ofMillis(50)).build();
  }

  /**
   * A builder aimed at the server, with the test token, for a client the test configures itself (and closes).
   * Retries and pacing are off, so each test sees exactly the exchanges it enqueued.
   */
  public InvoicesClient.Builder clientBuilder() {
    return InvoicesClient.builder().baseUrl(server.url("/").toString()).accessToken(TOKEN)
        .retryPolicy(RetryPolicy.none())
        .paceRateLimits(false);
  }

  /** Answers the next request with this response. */
  public void enqueue(MockResponse response) {
    server.enqueue(response);
  }

  /** Answers the next request with a JSON body. */
  public void enqueueJson(int status, String json) {
    server.enqueue(new MockResponse.Builder().code(status)
        .addHeader("Content-Type", "application/json; charset=utf-8").body(json).build());
  }

  /** Answers the next request with a JSON body. */
  public void enqueueJson(int status, JsonNode json) {
    enqueueJson(status, json.toString());
  }

  /** Answers the next request with the spec's success example of an operation (no body if it has none). */
  public void enqueueExample(String operationId) {
    SpecExamples.Operation operation = SpecExamples.operation(operationId);
    if (operation.hasResponseBody()) {
      enqueueJson(operation.successStatus(), operation.responseExample());
    } else {
      server.enqueue(new MockResponse.Builder().code(operation.successStatus()).build());
    }
  }

  /** How many requests reached the server so far. */
  public int requestCount() {
    return server.getRequestCount();
  }

  /** The next request the server received, checking the headers every request carries. */
  public RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeaders().get("Version")).isEqualTo("2021-07-28");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    return request;
  }

  /** The next request, checked like {@link #takeRequest()} and for its method and encoded path. */
  public RecordedRequest takeRequest(String method, String encodedPath) throws InterruptedException {
    RecordedRequest request = takeRequest();
    assertRequestLine(request, method, encodedPath);
    return request;
  }

  /** The body of a request as a JSON tree, checking it was declared as JSON. */
  public static JsonNode bodyOf(RecordedRequest request) throws IOException {
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    return SpecExamples.STRICT.readTree(request.getBody().utf8());
  }

  /** Asserts the request's method and encoded path. */
  public static void assertRequestLine(RecordedRequest request, String method, String encodedPath) {
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getUrl().encodedPath()).isEqualTo(encodedPath);
  }

  /** Asserts the query holds exactly these name/value pairs (decoded), each once, and nothing else. */
  public static void assertQuery(RecordedRequest request, String... namesAndValues) {
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      expected.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    assertQuery(request, expected);
  }

  /** Asserts the query holds exactly these name/value pairs (decoded), each once, and nothing else. */
  public static void assertQuery(RecordedRequest request, Map<String, String> expected) {
    Map<String, String> actual = new LinkedHashMap<>();
    for (String name : request.getUrl().queryParameterNames()) {
      assertThat(request.getUrl().queryParameterValues(name)).as("values of %s", name).hasSize(1);
      actual.put(name, request.getUrl().queryParameter(name));
    }
    assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    assertThat(request.getUrl().querySize()).isEqualTo(expected.size());
  }
}
