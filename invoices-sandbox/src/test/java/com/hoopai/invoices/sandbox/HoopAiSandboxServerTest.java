package com.hoopai.invoices.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.sandbox.support.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HoopAiSandboxServerTest {

  @Test
  void printsWhereItListensAndServesWhatItPrinted() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (HoopAiSandbox sandbox = HoopAiSandboxServer.start(
        new String[] {"--port", "0", "--access-token", "shared-ci-token", "--location-id", "ciLocation0000000001"},
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      String out = printed.toString(StandardCharsets.UTF_8);

      assertThat(out).contains("listening on 127.0.0.1:" + sandbox.port(), "Base URL       " + sandbox.baseUrl(),
          "Spec           " + sandbox.baseUrl() + "/openapi.yaml", "Access token   shared-ci-token",
          "Location id    ciLocation0000000001", "client_id=" + sandbox.oauth().clientId());
      RawHttp.Answer answer = new RawHttp(sandbox.baseUrl()).authorized("shared-ci-token")
          .get("/invoices/?altId=ciLocation0000000001&altType=location&limit=10&offset=0");
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.json().get("total").asInt()).isZero();
      assertThatThrownBy(() -> sandbox.requests().take(java.time.Duration.ZERO))
          .as("a long-running server keeps no requests").isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void servesTheSpecItValidatesAgainstWithoutAToken() throws Exception {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (HoopAiSandbox sandbox = HoopAiSandboxServer.start(new String[] {"--port", "0"}, out);
        InputStream published = getClass().getClassLoader().getResourceAsStream("openapi/invoices-api.yaml")) {
      HttpResponse<String> answer = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/openapi.yaml")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/yaml"));
      assertThat(answer.body()).isEqualTo(new String(published.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void listensOnEveryInterfaceWhenAskedAndIsStillReachedThroughLoopback() {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (HoopAiSandbox sandbox = HoopAiSandboxServer.start(
        new String[] {"--host", "0.0.0.0", "--port", "0", "--access-token", "T0ken-for-containers"}, out)) {

      assertThat(sandbox.host().isAnyLocalAddress()).isTrue();
      assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port());
      RawHttp.Answer answer = new RawHttp(sandbox.baseUrl()).authorized("T0ken-for-containers")
          .get("/invoices/?altId=anyLocation000000001&altType=location&limit=1&offset=0");
      assertThat(answer.status()).isEqualTo(200);
    }
  }

  @Test
  void helpDocumentsEveryOption() {
    assertThat(HoopAiSandboxServer.USAGE).contains("--port", "--host", "--access-token", "--location-id",
        "--rate-limit", "--help", "/openapi.yaml");
  }

  @Test
  void refusesUnknownOrMalformedOptions() {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> HoopAiSandboxServer.start(new String[] {"--colour", "blue"}, out))
        .hasMessage("unknown option --colour");
    assertThatThrownBy(() -> HoopAiSandboxServer.start(new String[] {"--port", "eighty"}, out))
        .hasMessage("--port needs a number, was eighty");
    assertThatThrownBy(() -> HoopAiSandboxServer.start(new String[] {"--port"}, out))
        .hasMessage("missing value after --port");
    assertThatThrownBy(() -> HoopAiSandboxServer.start(new String[] {"--host", " "}, out))
        .hasMessage("host must not be blank");
  }
}
