package com.hoopai.invoices.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A built client keeps the settings it was built with: the builder (or a builder derived with
 * {@code newBuilder()}) changed afterwards does not reach it, over real HTTP to two servers.
 */
class BuiltClientSettingsTest {

  private static final String LOCATION = "ve9EPM428h8vShlRW1KT";

  private final MockWebServer first = new MockWebServer();
  private final MockWebServer second = new MockWebServer();

  @BeforeEach
  void startServers() throws IOException {
    first.start(InetAddress.getLoopbackAddress(), 0);
    second.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stopServers() {
    first.close();
    second.close();
  }

  @Test
  void changingTheBuilderAfterBuildDoesNotChangeTheBuiltClient() throws Exception {
    InvoicesClient.Builder builder = builderFor(first).accessToken("token-one").apiVersion("2021-07-28")
        .userAgentSuffix("billing/1");
    InvoicesClient built = builder.build();

    builder.baseUrl(second.url("/").toString()).accessToken("token-two").apiVersion("2099-01-01")
        .userAgentSuffix("billing/2");
    InvoicesClient rebuilt = builder.build();
    try (built; rebuilt) {
      answerOk(first);
      answerOk(second);
      built.forLocation(LOCATION).invoices().getInvoiceSettings();
      rebuilt.forLocation(LOCATION).invoices().getInvoiceSettings();

      RecordedRequest viaBuilt = take(first);
      assertThat(viaBuilt.getHeaders().get("Authorization")).isEqualTo("Bearer token-one");
      assertThat(viaBuilt.getHeaders().get("Version")).isEqualTo("2021-07-28");
      assertThat(viaBuilt.getHeaders().get("User-Agent")).endsWith(" billing/1");
      assertThat(built.baseUrl()).isEqualTo(first.url("/").toString().replaceAll("/$", ""));
      RecordedRequest viaRebuilt = take(second);
      assertThat(viaRebuilt.getHeaders().get("Authorization")).isEqualTo("Bearer token-two");
      assertThat(viaRebuilt.getHeaders().get("Version")).isEqualTo("2099-01-01");
      assertThat(first.getRequestCount()).as("the first server got the built client's call only").isEqualTo(1);
    }
  }

  @Test
  void aDerivedBuilderStartsFromTheClientAndChangesOnlyTheVariant() throws Exception {
    InvoicesClient original = builderFor(first).accessToken("token-one").userAgentSuffix("billing/1").build();
    InvoicesClient.Builder derived = original.newBuilder();
    derived.accessToken("token-two");
    InvoicesClient variant = derived.build();
    derived.baseUrl(second.url("/").toString());
    try (original; variant) {
      answerOk(first);
      answerOk(first);
      original.forLocation(LOCATION).invoices().getInvoiceSettings();
      variant.forLocation(LOCATION).invoices().getInvoiceSettings();

      assertThat(take(first).getHeaders().get("Authorization")).isEqualTo("Bearer token-one");
      RecordedRequest viaVariant = take(first);
      assertThat(viaVariant.getHeaders().get("Authorization")).isEqualTo("Bearer token-two");
      assertThat(viaVariant.getHeaders().get("User-Agent")).as("kept from the client").endsWith(" billing/1");
      assertThat(second.getRequestCount()).isZero();
    }
  }

  @Test
  void aShorterTimeoutSetAfterBuildDoesNotReachTheBuiltClient() throws Exception {
    InvoicesClient.Builder builder = builderFor(first).accessToken("token-one").readTimeout(Duration.ofSeconds(5));
    try (InvoicesClient built = builder.build()) {
      builder.readTimeout(Duration.ofMillis(1));
      first.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("{}")
          .headersDelay(300, TimeUnit.MILLISECONDS).build());

      assertThat(built.forLocation(LOCATION).invoices().getInvoiceSettings()).isNotNull();
    }
  }

  private static InvoicesClient.Builder builderFor(MockWebServer server) {
    return InvoicesClient.builder().baseUrl(server.url("/").toString())
        .retryPolicy(RetryPolicy.none()).paceRateLimits(false);
  }

  private static void answerOk(MockWebServer server) {
    server.enqueue(new MockResponse.Builder().code(200)
        .addHeader("Content-Type", "application/json").body("{}").build());
  }

  private static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    return request;
  }
}
