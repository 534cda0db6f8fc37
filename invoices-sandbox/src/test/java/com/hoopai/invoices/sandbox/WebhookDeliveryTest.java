package com.hoopai.invoices.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.client.webhooks.InvoiceEventType;
import com.hoopai.invoices.client.webhooks.InvoiceWebhookEvent;
import com.hoopai.invoices.client.webhooks.WebhookEvent;
import com.hoopai.invoices.client.webhooks.WebhookVerificationException;
import com.hoopai.invoices.client.webhooks.WebhookVerifier;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.UpdateInvoiceRequest;
import com.hoopai.invoices.sandbox.support.Requests;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox posts a signed webhook for every invoice state change, over HTTP, without slowing the API. */
class WebhookDeliveryTest {

  private HoopAiSandbox sandbox;
  private HttpServer receiver;
  private final List<WebhookEvent> verified = new CopyOnWriteArrayList<>();
  private final List<WebhookVerificationException> refused = new CopyOnWriteArrayList<>();
  private final List<String> signatureHeaders = new CopyOnWriteArrayList<>();
  private volatile CountDownLatch release = new CountDownLatch(0);

  @BeforeEach
  void start() throws IOException {
    sandbox = HoopAiSandbox.start();
    WebhookVerifier verifier = sandbox.webhooks().verifierBuilder().build();
    WebhookVerifier rsaOnly = sandbox.webhooks().verifierBuilder().ed25519Keys(List.of()).build();
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hoopai/webhooks", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        byte[] body = verifier.readBody(in);
        signatureHeaders.add(exchange.getRequestHeaders().getFirst("x-ghl-signature") != null
            && exchange.getRequestHeaders().getFirst("x-wh-signature") != null ? "both" : "one");
        verified.add(verifier.verify(body, exchange.getRequestHeaders()::getFirst));
        // The RSA signature of the migration period verifies too (a fresh store: not a duplicate there).
        rsaOnly.verify(body, name -> name.equals("x-ghl-signature") ? null : exchange.getRequestHeaders().getFirst(name));
        release.await(10, TimeUnit.SECONDS);
        exchange.sendResponseHeaders(200, -1);
      } catch (WebhookVerificationException e) {
        refused.add(e);
        exchange.sendResponseHeaders(e.reason().httpStatus(), -1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.sendResponseHeaders(500, -1);
      } finally {
        exchange.close();
      }
    });
    receiver.start();
    sandbox.webhooks().url("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hoopai/webhooks");
  }

  @AfterEach
  void stop() {
    release.countDown();
    sandbox.close();
    receiver.stop(0);
  }

  /** Every invoice state change through the API, in one place. */
  private static List<String> lifecycle(LocationClient hoopai) {
    Invoice paid = hoopai.invoices().createInvoice(Requests.invoice());
    hoopai.invoices().updateInvoice(paid.getId(), new UpdateInvoiceRequest().name("Renamed").currency("USD")
        .addInvoiceItemsItem(Requests.serviceCall()));
    hoopai.invoices().sendInvoice(paid.getId(), Requests.send());
    hoopai.invoices().recordInvoicePayment(paid.getId(), Requests.payment("100.00"));
    hoopai.invoices().recordInvoicePayment(paid.getId(), Requests.payment(null));
    Invoice voided = hoopai.invoices().createInvoice(Requests.invoice());
    hoopai.invoices().sendInvoice(voided.getId(), Requests.send());
    hoopai.invoices().voidInvoice(voided.getId());
    Invoice deleted = hoopai.invoices().createInvoice(Requests.invoice());
    hoopai.invoices().deleteInvoice(deleted.getId());
    return List.of(paid.getId(), voided.getId(), deleted.getId());
  }

  @Test
  void everyInvoiceStateChangeArrivesSignedAndVerifiedInOrder() throws InterruptedException {
    List<String> ids = lifecycle(sandbox.location());
    assertThat(sandbox.webhooks().await(Duration.ofSeconds(10))).isTrue();

    assertThat(refused).isEmpty();
    assertThat(signatureHeaders).containsOnly("both");
    assertThat(verified).allSatisfy(event -> {
      assertThat(event.webhookId()).isPresent();
      assertThat(event.timestamp()).isPresent();
      assertThat(event.locationId()).contains(sandbox.locationId());
    });
    assertThat(verified).map(event -> ((InvoiceWebhookEvent) event).eventType()).containsExactly(
        InvoiceEventType.INVOICE_CREATE, InvoiceEventType.INVOICE_UPDATE, InvoiceEventType.INVOICE_SENT,
        InvoiceEventType.INVOICE_PARTIALLY_PAID, InvoiceEventType.INVOICE_PAID,
        InvoiceEventType.INVOICE_CREATE, InvoiceEventType.INVOICE_SENT, InvoiceEventType.INVOICE_VOID,
        InvoiceEventType.INVOICE_CREATE, InvoiceEventType.INVOICE_DELETE);
    InvoiceWebhookEvent paid = (InvoiceWebhookEvent) verified.get(4);
    assertThat(paid.invoice().getId()).isEqualTo(ids.get(0));
    assertThat(paid.invoice().getAmountDue()).isZero();
    assertThat(paid.invoice().getAmountPaid()).isEqualByComparingTo(paid.invoice().getTotal());
    assertThat(((InvoiceWebhookEvent) verified.get(9)).statusValue()).contains("delete");
  }

  @Test
  void aSlowOrAbsentReceiverNeitherSlowsNorFailsTheApi() throws InterruptedException {
    release = new CountDownLatch(1);   // the receiver holds every delivery until released
    long started = System.nanoTime();
    lifecycle(sandbox.location());
    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    assertThat(elapsed).as("10 calls while the receiver hangs").isLessThan(5_000);
    release.countDown();
    assertThat(sandbox.webhooks().await(Duration.ofSeconds(10))).isTrue();
    assertThat(verified).hasSize(10);

    receiver.stop(0);
    lifecycle(sandbox.location());
    assertThat(sandbox.webhooks().await(Duration.ofSeconds(10))).isTrue();
    assertThat(verified).hasSize(10);
  }

  @Test
  void onlyLoopbackUrlsAreAccepted() {
    assertThatThrownBy(() -> sandbox.webhooks().url("https://example.com/hooks"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
    assertThatThrownBy(() -> HoopAiSandbox.builder().webhookUrl("http://10.0.0.1/hooks"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(sandbox.webhooks().url("http://localhost:9/x").url()).contains("http://localhost:9/x");
    assertThat(sandbox.webhooks().url(null).url()).isEmpty();
  }

  @Test
  void theStandaloneServerSendsToItsWebhookUrlAndPrintsTheKey() throws InterruptedException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hoopai/webhooks";
    try (HoopAiSandbox server = HoopAiSandboxServer.start(new String[] {"--webhook-url", url},
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      assertThat(printed.toString(StandardCharsets.UTF_8))
          .contains("Webhooks to    " + url, "Webhook key    " + server.webhooks().publicKey());
      assertThat(server.webhooks().url()).contains(url);
      assertThat(server.webhooks().publicKey()).isNotEqualTo(sandbox.webhooks().publicKey());
    }
  }
}
