package com.hoopai.invoices.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.sandbox.support.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HoopAiSandboxServerTest {

  @Test
  void printsWhereItListensAndServesWhatItPrinted() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (HoopAiSandbox sandbox = HoopAiSandboxServer.start(
        new String[] {"--access-token", "shared-ci-token", "--location-id", "ciLocation0000000001"},
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      String out = printed.toString(StandardCharsets.UTF_8);

      assertThat(out).contains("listening on " + sandbox.baseUrl(), "Access token   shared-ci-token",
          "Location id    ciLocation0000000001", "client_id=" + sandbox.oauthClientId());
      RawHttp.Answer answer = new RawHttp(sandbox.baseUrl()).authorized("shared-ci-token")
          .get("/invoices/?altId=ciLocation0000000001&altType=location&limit=10&offset=0");
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.json().get("total").asInt()).isZero();
      assertThatThrownBy(() -> sandbox.takeRequest(java.time.Duration.ZERO))
          .as("a long-running server keeps no requests").isInstanceOf(IllegalStateException.class);
    }
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
  }
}
