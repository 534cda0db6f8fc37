package com.hoopai.invoices.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.webhooks.InvoiceEventType;
import com.hoopai.invoices.client.webhooks.InvoiceWebhookEvent;
import com.hoopai.invoices.client.webhooks.WebhookEvent;
import com.hoopai.invoices.client.webhooks.WebhookTestSigner;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The framework-free endpoint receives the workflow's events from the sandbox, verified; it refuses forgeries. */
class WebhookEndpointTest {

  @Test
  void theWorkflowsInvoicePaidArrivesVerifiedAndIsPrinted() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    List<WebhookEvent> events = WebhookEndpoint.run(new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(events).filteredOn(InvoiceWebhookEvent.class::isInstance)
        .map(event -> ((InvoiceWebhookEvent) event).eventType())
        .contains(InvoiceEventType.INVOICE_CREATE, InvoiceEventType.INVOICE_SENT,
            InvoiceEventType.INVOICE_PARTIALLY_PAID, InvoiceEventType.INVOICE_PAID);
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("webhook InvoicePaid: invoice ", " in full");
  }

  @Test
  void aForgedOrUnsignedPostIsRefused() throws Exception {
    WebhookTestSigner trusted = WebhookTestSigner.create();
    WebhookTestSigner forger = WebhookTestSigner.create();
    List<WebhookEvent> handled = new CopyOnWriteArrayList<>();
    HttpServer endpoint = WebhookEndpoint.serve(trusted.verifierBuilder().build(), handled::add);
    try {
      byte[] body = forger.withReplayFields("{\"type\":\"InvoicePaid\",\"_id\":\"i1\",\"altId\":\"l1\"}");
      HttpClient http = HttpClient.newHttpClient();
      URI uri = URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/hoopai/webhooks");
      HttpResponse<Void> forged = http.send(HttpRequest.newBuilder(uri)
          .header("x-ghl-signature", forger.ed25519Signature(body))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
      HttpResponse<Void> unsigned = http.send(HttpRequest.newBuilder(uri)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());

      assertThat(forged.statusCode()).isEqualTo(401);
      assertThat(unsigned.statusCode()).isEqualTo(401);
      assertThat(handled).isEmpty();
    } finally {
      endpoint.stop(0);
    }
  }
}
