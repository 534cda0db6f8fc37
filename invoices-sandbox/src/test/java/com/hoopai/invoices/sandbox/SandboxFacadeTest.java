package com.hoopai.invoices.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.client.errors.HoopAiException;
import com.hoopai.invoices.client.errors.ServerErrorException;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.sandbox.server.Fault;
import com.hoopai.invoices.sandbox.server.SandboxRequest;
import com.hoopai.invoices.sandbox.support.Requests;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The facade's views, through the SDK's own client: faults, requests and records seen from both sides. */
class SandboxFacadeTest {

  private final HoopAiSandbox sandbox = HoopAiSandbox.start();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void aFaultReachesTheClientAsItsTypedException() {
    sandbox.faults().failNext("createInvoice", Fault.status(500, "{\"statusCode\":500,\"message\":\"boom\"}"));

    assertThatThrownBy(() -> sandbox.location().invoices().createInvoice(Requests.invoice()))
        .isInstanceOf(ServerErrorException.class);
    assertThat(sandbox.records().invoices()).isEmpty();
  }

  @Test
  void aCreateWhoseAnswerIsLostLeavesTheInvoiceForTheTestToFind() {
    sandbox.faults().failNext("createInvoice", Fault.disconnect().afterTheWork());
    // One attempt: a create is never repeated when its outcome is unknown.
    try (InvoicesClient client = sandbox.clientBuilder().build()) {
      LocationClient location = client.forLocation(sandbox.locationId());

      assertThatThrownBy(() -> location.invoices().createInvoice(Requests.invoice()))
          .isInstanceOf(HoopAiException.class);
    }

    assertThat(sandbox.records().invoices()).singleElement().extracting(Invoice::getName)
        .isEqualTo(Requests.invoice().getName());
    assertThat(sandbox.requests().of("createInvoice")).hasSize(1);
  }

  @Test
  void theRequestsShowWhatTheClientSent() {
    Invoice draft = sandbox.location().invoices().createInvoice(Requests.invoice());

    SandboxRequest sent = sandbox.requests().take(Duration.ofSeconds(1));

    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.operation()).isEqualTo("createInvoice");
    assertThat(sent.header("Version")).isEqualTo("2021-07-28");
    assertThat(sent.bearerToken()).isEqualTo(sandbox.accessToken());
    assertThat(sent.body()).contains("\"altId\":\"" + sandbox.locationId() + "\"");
    assertThat(sandbox.records().json().find(com.hoopai.invoices.sandbox.server.RecordKind.INVOICES, draft.getId()))
        .hasValueSatisfying(json -> assertThat(json.path("name").asText()).isEqualTo(draft.getName()));
  }

  @Test
  void theOAuthSideIssuesTokensTheClientUses() {
    String token = sandbox.oauth().install(sandbox.locationId()).accessToken();
    try (InvoicesClient client = sandbox.clientBuilder().accessToken(token).build()) {
      client.forLocation(sandbox.locationId()).invoices().createInvoice(Requests.invoice());
    }

    assertThat(sandbox.records().invoices()).hasSize(1);
    assertThat(sandbox.requests().of("createInvoice")).extracting(SandboxRequest::bearerToken).containsExactly(token);
  }
}
