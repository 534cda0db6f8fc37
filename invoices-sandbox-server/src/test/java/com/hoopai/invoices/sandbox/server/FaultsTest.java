package com.hoopai.invoices.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fault layer over real HTTP: each fault, once, for the named operation only. */
class FaultsTest {

  private static final String LOCATION = "faultsLocation000001";
  private static final String LIST = "/invoices/?altId=" + LOCATION + "&altType=location&limit=10&offset=0";
  private static final String INVOICE = "{\"altId\":\"" + LOCATION + "\",\"altType\":\"location\",\"name\":\"March\","
      + "\"currency\":\"USD\",\"issueDate\":\"2026-03-01\",\"liveMode\":true,\"businessDetails\":{\"name\":\"N\"},"
      + "\"contactDetails\":{\"id\":\"AmuzcoPBpgKeccNsFlib\",\"name\":\"Alex\"},\"sentTo\":{\"email\":[\"a@example.com\"]},"
      + "\"items\":[{\"name\":\"Work\",\"currency\":\"USD\",\"amount\":10,\"qty\":1}]}";

  private final SandboxServer server = SandboxServer.start();
  private final Http http = new Http(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theNextCallToTheOperationAnswersTheStatusAndTheOneAfterIsServed() throws IOException {
    server.faults().failNext("listInvoices", Fault.status(503, "{\"message\":\"down\"}"));

    HttpResponse<String> faulted = http.get(LIST, server.accessToken());
    HttpResponse<String> served = http.get(LIST, server.accessToken());

    assertThat(faulted.statusCode()).isEqualTo(503);
    assertThat(faulted.body()).isEqualTo("{\"message\":\"down\"}");
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(server.faults().pending("listInvoices")).isZero();
    assertThat(server.requests().of("listInvoices")).extracting(SandboxRequest::status).containsExactly(503, 200);
  }

  @Test
  void anotherOperationIsNotAffected() throws IOException {
    server.faults().failNext("getInvoice", Fault.status(500, "{}"));

    assertThat(http.get(LIST, server.accessToken()).statusCode()).isEqualTo(200);
    assertThat(server.faults().pending("getInvoice")).isEqualTo(1);
  }

  @Test
  void aProxysPageIsHtml() throws IOException {
    server.faults().failNext("listInvoices", Fault.html(502));

    HttpResponse<String> answer = http.get(LIST, server.accessToken());

    assertThat(answer.statusCode()).isEqualTo(502);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("text/html"));
    assertThat(answer.body()).startsWith("<html>");
  }

  @Test
  void afterTheWorkTheRecordExistsButTheAnswerIsLost() throws IOException {
    server.faults().failNext("createInvoice", Fault.status(500, "{\"message\":\"lost\"}").afterTheWork());

    HttpResponse<String> answer = http.postJson("/invoices/", server.accessToken(), INVOICE);

    assertThat(answer.statusCode()).isEqualTo(500);
    assertThat(server.records().list(LOCATION, RecordKind.INVOICES)).singleElement()
        .satisfies(invoice -> assertThat(invoice.path("name").asText()).isEqualTo("March"));
  }

  @Test
  void withoutTheWorkNothingChanges() throws IOException {
    server.faults().failNext("createInvoice", Fault.disconnect());

    assertThatThrownBy(() -> http.postJson("/invoices/", server.accessToken(), INVOICE))
        .isInstanceOf(IOException.class);
    assertThat(server.records().list(LOCATION, RecordKind.INVOICES)).isEmpty();
    assertThat(server.requests().of("createInvoice")).extracting(SandboxRequest::status).containsExactly(0);
  }

  @Test
  void aTruncatedBodyFailsToRead() {
    server.faults().failNext("listInvoices", Fault.truncatedBody().afterTheWork());

    assertThatThrownBy(() -> http.get(LIST, server.accessToken())).isInstanceOf(IOException.class);
  }

  @Test
  void aHangOutlastsTheClientsTimeout() {
    server.faults().failNext("listInvoices", Fault.hang(Duration.ofSeconds(3)));

    assertThatThrownBy(() -> http.send(http.request(LIST, server.accessToken())
        .timeout(Duration.ofMillis(300)).GET().build())).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void anEchoRepeatsTheSecretsTheRequestCarried() throws IOException {
    IssuedTokens installed = server.oauth().install(LOCATION);
    server.faults().failNext(SandboxServer.TOKEN_ENDPOINT, Fault.echoSecrets(400));

    HttpResponse<String> answer = http.postForm("/oauth/token", null,
        Http.refreshForm(server, installed.refreshToken()));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("client_secret " + server.oauth().clientSecret())
        .contains("refresh_token " + installed.refreshToken());
    assertThat(server.oauth().isRefreshTokenValid(installed.refreshToken())).isTrue();
    assertThat(server.oauth().refreshes()).isEqualTo(1);
  }

  @Test
  void aRefreshAnswered500AfterTheWorkHasSpentTheToken() throws IOException {
    IssuedTokens installed = server.oauth().install(LOCATION);
    server.faults().failNext(SandboxServer.TOKEN_ENDPOINT, Fault.status(500, "{}").afterTheWork());

    HttpResponse<String> lost = http.postForm("/oauth/token", null, Http.refreshForm(server, installed.refreshToken()));
    HttpResponse<String> again = http.postForm("/oauth/token", null, Http.refreshForm(server, installed.refreshToken()));

    assertThat(lost.statusCode()).isEqualTo(500);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("Invalid grant");
    assertThat(server.oauth().refreshes()).isEqualTo(2);
    assertThat(server.oauth().reusedRefreshTokens()).isEqualTo(1);
  }

  @Test
  void aDelaySlowsEveryCallAndConcurrentCallsAreCounted() throws Exception {
    server.faults().delay("listInvoices", Duration.ofMillis(300));
    Thread other = new Thread(() -> {
      try {
        http.get(LIST, server.accessToken());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    long started = System.nanoTime();
    other.start();
    http.get(LIST, server.accessToken());
    other.join();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(server.requests().maxConcurrent("listInvoices")).isEqualTo(2);
  }

  @Test
  void badFaultsAreRefusedAtOnce() {
    assertThatThrownBy(() -> server.faults().failNext(" ", Fault.disconnect()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operation");
    assertThatThrownBy(() -> server.faults().failNext("getInvoices", Fault.disconnect()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no operation getInvoices")
        .hasMessageContaining("getInvoice,");
    assertThatThrownBy(() -> Fault.status(99, "{}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> server.faults().failNext("getInvoice", 0, Fault.disconnect()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("times");
    assertThat(Fault.status(500, "{}").afterTheWork()).hasToString("Fault{STATUS 500, after the work}");
  }

  @Test
  void aResetForgetsQueuedFaultsAndRequests() throws IOException {
    server.faults().failNext("listInvoices", 2, Fault.status(503, "{}"));
    http.get(LIST, server.accessToken());

    server.reset();

    assertThat(server.faults().pending("listInvoices")).isZero();
    assertThat(server.requests().all()).isEmpty();
    assertThat(http.get(LIST, server.accessToken()).statusCode()).isEqualTo(200);
  }
}
