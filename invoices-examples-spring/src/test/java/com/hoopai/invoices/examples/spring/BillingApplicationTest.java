package com.hoopai.invoices.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.sandbox.HoopAiSandbox;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as it is, with its application.yml, on a sandbox: only the URL, the token and the location
 * come from the test. The runner bills once at start-up; the test bills again through the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
    "billing.contact-id=AmuzcoPBpgKeccNsFlib",
    "billing.contact-name=Alex Morgan",
    "billing.contact-email=alex.morgan@example.com"})
class BillingApplicationTest {

  /**
   * Started when the context first reads its URL, not when this class loads: the build's AOT processing
   * (spring-boot:process-test-aot) loads this class too, and must not leave a server running.
   */
  private static HoopAiSandbox sandbox;

  private static synchronized HoopAiSandbox sandbox() {
    if (sandbox == null) {
      sandbox = HoopAiSandbox.start();
    }
    return sandbox;
  }

  @DynamicPropertySource
  static void sandbox(DynamicPropertyRegistry properties) {
    properties.add("hoopai.invoices.base-url", () -> sandbox().baseUrl());
    properties.add("hoopai.invoices.access-token", () -> sandbox().accessToken());
    properties.add("billing.location-id", () -> sandbox().locationId());
    int port = BillingApplication.freePort();
    properties.add("server.port", () -> port);
    // Read as the context starts: from then on the sandbox signs an event for each invoice change to the app.
    properties.add("hoopai.invoices.webhooks.ed25519-keys[0]", () -> {
      sandbox().webhooks().url("http://127.0.0.1:" + port + "/hoopai/webhooks");
      return sandbox().webhooks().publicKey();
    });
  }

  @AfterAll
  static synchronized void stopSandbox() {
    if (sandbox != null) {
      sandbox.close();
      sandbox = null;
    }
  }

  @Autowired
  private BillingService billing;

  @Autowired
  private PaymentWebhooks webhooks;

  @Test
  void invoicePaidArrivesFromTheSandboxSignedAndVerifiedAfterThePayment() throws InterruptedException {
    Invoice invoice = sandbox().records().invoices().get(0);

    // Only a request whose signature, timestamp and webhookId passed reaches the listener.
    assertThat(webhooks.awaitPaid(invoice.getId(), java.time.Duration.ofSeconds(10))).get().satisfies(paid -> {
      assertThat(paid.webhookId()).isPresent();
      assertThat(paid.invoice().getStatus()).isEqualTo(InvoiceStatus.PAID);
      assertThat(paid.invoice().getAmountPaid()).isEqualByComparingTo(invoice.getTotal());
    });
  }

  @Test
  void theRunnerAndTheServiceInvoiceSendAndCollectInFull() {
    // The CommandLineRunner ran at start-up: one invoice, paid.
    assertThat(sandbox().records().invoices()).singleElement().satisfies(invoice -> {
      assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);
      assertThat(invoice.getAltId()).isEqualTo(sandbox().locationId());
    });

    BillingService.Outcome outcome = billing.run();

    Invoice invoice = outcome.invoice();
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(invoice.getContactDetails().getName()).isEqualTo("Alex Morgan");
    // 850.00 + 8.25 % tax + 2 x 125.50 - 50.00 discount
    assertThat(invoice.getTotal()).isEqualByComparingTo("1121.13");
    assertThat(invoice.getAmountPaid()).isEqualByComparingTo(invoice.getTotal());
    assertThat(invoice.getAmountDue()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(sandbox().records().invoice(invoice.getId())).get().extracting(Invoice::getStatus).isEqualTo(InvoiceStatus.PAID);

    assertThat(outcome.paidInvoices()).hasSize(2)
        .extracting(Invoice::getId).contains(invoice.getId());
    assertThat(outcome.paidInvoices()).extracting(Invoice::getStatus).containsOnly(InvoiceStatus.PAID);
  }
}
