package com.hoopai.invoices.client.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.RetryPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests that talk real HTTP to a {@link MockWebServer} on loopback: one server and one client
 * per test, the client authenticated with {@link #TOKEN}.
 */
public abstract class MockServerTest {

  /** The bearer token every test client sends. */
  public static final String TOKEN = "pit-test-0123456789abcdef";
  /** The location id the spec's examples use. */
  public static final String LOCATION = "ve9EPM428h8vShlRW1KT";

  protected MockWebServer server;
  protected InvoicesClient client;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getLoopbackAddress(), 0);
    client = clientBuilder().build();
  }

  @AfterEach
  void stopServer() {
    client.close();
    server.close();
  }

  /**
   * A builder aimed at the mock server, with the test token; tests may adjust it. Retries and pacing are
   * off, so each test sees exactly the exchanges it enqueued; the resilience tests turn them on.
   */
  protected InvoicesClient.Builder clientBuilder() {
    return InvoicesClient.builder().baseUrl(server.url("/").toString()).accessToken(TOKEN)
        .retryPolicy(RetryPolicy.none())
        .paceRateLimits(false);
  }

  /** Answers the next request with a JSON body. */
  protected void enqueueJson(int status, String json) {
    server.enqueue(new MockResponse.Builder().code(status)
        .addHeader("Content-Type", "application/json; charset=utf-8").body(json).build());
  }

  /** Answers the next request with a JSON body. */
  protected void enqueueJson(int status, JsonNode json) {
    enqueueJson(status, json.toString());
  }

  /** Answers the next request with the spec's success example of an operation. */
  protected void enqueueExample(String operationId) {
    SpecExamples.Operation operation = SpecExamples.operation(operationId);
    if (operation.hasResponseBody()) {
      enqueueJson(operation.successStatus(), operation.responseExample());
    } else {
      server.enqueue(new MockResponse.Builder().code(operation.successStatus()).build());
    }
  }

  /** The next request the server received, checking the headers every request carries. */
  protected RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeaders().get("Version")).isEqualTo("2021-07-28");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    return request;
  }

  /** The next request, checked like {@link #takeRequest()} and for its method and encoded path. */
  protected RecordedRequest takeRequest(String method, String encodedPath) throws InterruptedException {
    RecordedRequest request = takeRequest();
    assertRequestLine(request, method, encodedPath);
    return request;
  }

  /** The body of a request as a JSON tree. */
  protected static JsonNode bodyOf(RecordedRequest request) throws IOException {
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    return SpecExamples.STRICT.readTree(request.getBody().utf8());
  }

  /** Asserts the request's method and encoded path. */
  protected static void assertRequestLine(RecordedRequest request, String method, String encodedPath) {
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getUrl().encodedPath()).isEqualTo(encodedPath);
  }

  /** Asserts the query holds exactly these name/value pairs (decoded), each once, and nothing else. */
  protected static void assertQuery(RecordedRequest request, String... namesAndValues) {
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      expected.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    Map<String, String> actual = new LinkedHashMap<>();
    for (String name : request.getUrl().queryParameterNames()) {
      assertThat(request.getUrl().queryParameterValues(name)).as("values of %s", name).hasSize(1);
      actual.put(name, request.getUrl().queryParameter(name));
    }
    assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    assertThat(request.getUrl().querySize()).isEqualTo(expected.size());
  }

  /** Asserts the query names the example location: {@code altType=location&altId=LOCATION}. */
  protected static void assertLocationQuery(RecordedRequest request) {
    assertThat(request.getUrl().queryParameter("altType")).isEqualTo("location");
    assertThat(request.getUrl().queryParameter("altId")).isEqualTo(LOCATION);
  }

  /** Asserts the JSON body sent is exactly the spec's request example of the operation. */
  protected static void assertBodyIsTheExample(RecordedRequest request, String operationId) throws IOException {
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation(operationId).requestExample());
  }
}
