package com.hoopai.invoices.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the server received, as its own immutable type, and records put in place. */
class RecordedRequestsTest {

  private static final String LOCATION = "requestsLocation0001";

  private SandboxServer server = SandboxServer.start();
  private Http http = new Http(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aRequestIsRecordedWithItsOperationAndStatus() throws IOException {
    http.get("/invoices/?altId=" + LOCATION + "&altType=location&limit=10&offset=0", server.accessToken());

    SandboxRequest request = server.requests().take(Duration.ofSeconds(1));

    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.path()).isEqualTo("/invoices/");
    assertThat(request.query()).contains("altType=location");
    assertThat(request.queryParameter("altId")).isEqualTo(LOCATION);
    assertThat(request.header("version")).isEqualTo(Http.VERSION);
    assertThat(request.headers()).containsKey("authorization");
    assertThat(request.bearerToken()).isEqualTo(server.accessToken());
    assertThat(request.body()).isEmpty();
    assertThat(request.operation()).isEqualTo("listInvoices");
    assertThat(request.status()).isEqualTo(200);
    assertThat(request.isOAuth()).isFalse();
    assertThat(request.toString()).isEqualTo("SandboxRequest{GET /invoices/ -> 200}");
    assertThat(server.requests().take(Duration.ZERO)).isNull();
    assertThat(server.requests().all()).containsExactly(request);
    assertThat(server.requests().count()).isEqualTo(1);
  }

  @Test
  void anUnknownRouteHasNoOperation() throws IOException {
    http.get("/nowhere", server.accessToken());

    assertThat(server.requests().all()).singleElement()
        .satisfies(request -> assertThat(request.operation()).isEmpty())
        .satisfies(request -> assertThat(request.status()).isEqualTo(404));
  }

  @Test
  void aServerThatKeepsNoRequestsStillCountsThem() throws IOException {
    try (SandboxServer quiet = SandboxServer.builder().recordRequests(false).start()) {
      new Http(quiet).get("/openapi.yaml", null);

      assertThat(quiet.requests().count()).isEqualTo(1);
      assertThatThrownBy(() -> quiet.requests().all()).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("recordRequests(false)");
    }
  }

  @Test
  void aRecordPutInPlaceIsServed() throws IOException {
    // Served as put, unchecked: this partial invoice would fail the module's own check of every answer.
    server.close();
    server = SandboxServer.builder().checkResponses(false).start();
    http = new Http(server);
    server.records().put(LOCATION, RecordKind.INVOICES, JsonNodeFactory.instance.objectNode()
        .put("_id", "inv0000000000000000001").put("altId", LOCATION).put("name", "Seeded"));

    String body = http.get("/invoices/inv0000000000000000001?altId=" + LOCATION + "&altType=location",
        server.accessToken()).body();

    assertThat(body).contains("\"name\":\"Seeded\"");
    assertThat(server.records().find(RecordKind.INVOICES, "inv0000000000000000001")).isPresent();
    assertThatThrownBy(() -> server.records().put(LOCATION, RecordKind.INVOICES,
        JsonNodeFactory.instance.objectNode().put("name", "no id"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("_id");
  }
}
