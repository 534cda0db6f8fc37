package com.hoopai.invoices.spring.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.webhooks.InvoiceEventType;
import com.hoopai.invoices.client.webhooks.InvoiceWebhookEvent;
import com.hoopai.invoices.client.webhooks.WebhookTestSigner;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The auto-configured endpoint of a servlet application, over real HTTP on an embedded Tomcat. */
class HoopAiWebhookEndpointTests {

  private static final String MARKER = "Body-Marker-5d1e";
  private static final String PAID = "{\"type\":\"InvoicePaid\",\"_id\":\"inv_77\",\"altId\":\"loc_1\","
      + "\"status\":\"paid\",\"name\":\"" + MARKER + "\",\"total\":10,\"amountPaid\":10,\"amountDue\":0}";
  private static final WebhookTestSigner SIGNER = WebhookTestSigner.create();
  private static final List<String> LOG_LINES = new CopyOnWriteArrayList<>();
  private static final Logger SDK_LOGGER = Logger.getLogger("com.hoopai.invoices");
  private static final Handler CAPTURE = new Handler() {
    @Override
    public void publish(LogRecord record) {
      StringWriter text = new StringWriter();
      text.append(record.getLevel().toString()).append(' ').append(String.valueOf(record.getMessage()));
      if (record.getThrown() != null) {
        record.getThrown().printStackTrace(new PrintWriter(text));
      }
      LOG_LINES.add(text.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };
  private static ConfigurableApplicationContext app;
  private static String url;
  private static WebhookApplications.Received received;
  private final List<String> signatures = new ArrayList<>();

  @BeforeAll
  static void startApplication() {
    SDK_LOGGER.setLevel(Level.ALL);
    SDK_LOGGER.setUseParentHandlers(false);
    SDK_LOGGER.addHandler(CAPTURE);
    app = WebhookApplications.start(WebhookApplications.properties(SIGNER,
        "hoopai.invoices.webhooks.max-body-size=2KB"));
    url = WebhookApplications.url(app, "/hoopai/webhooks");
    received = app.getBean(WebhookApplications.Received.class);
  }

  @AfterAll
  static void stopApplication() {
    app.close();
    SDK_LOGGER.removeHandler(CAPTURE);
    SDK_LOGGER.setUseParentHandlers(true);
    SDK_LOGGER.setLevel(null);
    assertThat(LOG_LINES).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(MARKER).doesNotContain("inv_77"));
  }

  @BeforeEach
  void clear() {
    received.events.clear();
    received.failWith = null;
  }

  private WebhookApplications.Answer post(byte[] body, Map<String, String> headers) throws IOException {
    headers.values().forEach(signatures::add);
    WebhookApplications.Answer answer = WebhookApplications.post(url, body, headers);
    for (String line : LOG_LINES) {
      for (String signature : signatures) {
        if (signature.length() > 20) {
          assertThat(line).doesNotContain(signature);
        }
      }
    }
    assertThat(answer.body()).doesNotContain(MARKER);
    return answer;
  }

  private double count(String name, String... tags) {
    MeterRegistry meters = app.getBean(MeterRegistry.class);
    var search = meters.find(name).tags(tags);
    return search.counter() == null ? 0 : search.counter().count();
  }

  @Test
  void aSignedInvoicePaidIsPublishedToTheApplicationsListenersOnce() throws IOException {
    byte[] body = SIGNER.withReplayFields(PAID);
    double before = count(HoopAiWebhookMetrics.RECEIVED, "type", "InvoicePaid");
    double duplicates = count(HoopAiWebhookMetrics.DUPLICATES);

    assertThat(post(body, SIGNER.headers(body)).status()).isEqualTo(200);
    assertThat(post(body, SIGNER.headers(body)).status()).as("a duplicate is acknowledged").isEqualTo(200);

    assertThat(received.events).singleElement().isInstanceOfSatisfying(InvoiceWebhookEvent.class, event -> {
      assertThat(event.eventType()).isEqualTo(InvoiceEventType.INVOICE_PAID);
      assertThat(event.invoice().getId()).isEqualTo("inv_77");
    });
    assertThat(count(HoopAiWebhookMetrics.RECEIVED, "type", "InvoicePaid")).isEqualTo(before + 1);
    assertThat(count(HoopAiWebhookMetrics.DUPLICATES)).isEqualTo(duplicates + 1);
  }

  @Test
  void anRsaSignatureOfTheMigrationPeriodIsAccepted() throws IOException {
    byte[] body = SIGNER.withReplayFields(PAID);

    assertThat(post(body, Map.of("x-wh-signature", SIGNER.rsaSignature(body))).status()).isEqualTo(200);
    assertThat(received.events).hasSize(1);
  }

  @Test
  void refusedRequestsGetTheirStatusAreCountedByReasonAndPublishNothing() throws IOException {
    byte[] body = SIGNER.withReplayFields(PAID);
    byte[] stale = SIGNER.withReplayFields(PAID, Instant.now().minus(Duration.ofMinutes(10)), UUID.randomUUID().toString());
    byte[] text = ("hello " + MARKER).getBytes(StandardCharsets.UTF_8);
    byte[] large = SIGNER.withReplayFields("{\"type\":\"InvoicePaid\",\"name\":\"" + MARKER.repeat(200) + "\"}");
    byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("10", "99").getBytes(StandardCharsets.UTF_8);
    double badSignatures = count(HoopAiWebhookMetrics.REJECTED, "reason", "bad_signature");

    assertThat(post(body, Map.of()).status()).isEqualTo(401);
    assertThat(post(body, Map.of("x-ghl-signature", "###")).status()).isEqualTo(401);
    assertThat(post(tampered, SIGNER.headers(body)).status()).isEqualTo(401);
    assertThat(post(stale, SIGNER.headers(stale)).status()).isEqualTo(400);
    assertThat(post(text, SIGNER.headers(text)).status()).isEqualTo(400);
    WebhookApplications.Answer tooLarge = post(large, SIGNER.headers(large));
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.body()).isEqualTo("{\"outcome\":\"refused: too_large\"}");

    assertThat(received.events).isEmpty();
    assertThat(count(HoopAiWebhookMetrics.REJECTED, "reason", "bad_signature")).isEqualTo(badSignatures + 1);
    assertThat(count(HoopAiWebhookMetrics.REJECTED, "reason", "missing_signature")).isPositive();
    assertThat(count(HoopAiWebhookMetrics.REJECTED, "reason", "malformed_signature")).isPositive();
    assertThat(count(HoopAiWebhookMetrics.REJECTED, "reason", "stale")).isPositive();
    assertThat(count(HoopAiWebhookMetrics.REJECTED, "reason", "not_json")).isPositive();
    assertThat(count(HoopAiWebhookMetrics.REJECTED, "reason", "too_large")).isPositive();
  }

  @Test
  void aFailingListenerIsCountedAndLoggedAndTheDeliveryAcknowledged() throws IOException {
    received.failWith = new IllegalStateException("ledger unavailable");
    byte[] body = SIGNER.withReplayFields(PAID);
    double failures = count(HoopAiWebhookMetrics.HANDLER_FAILURES, "type", "InvoicePaid");

    assertThat(post(body, SIGNER.headers(body)).status()).isEqualTo(200);

    assertThat(count(HoopAiWebhookMetrics.HANDLER_FAILURES, "type", "InvoicePaid")).isEqualTo(failures + 1);
    assertThat(LOG_LINES).anySatisfy(line -> assertThat(line).startsWith("SEVERE").contains("ledger unavailable")
        .contains("acknowledged"));
  }

  @Test
  void otherMethodsThanPostAreNotAllowed() throws IOException {
    okhttp3.Request get = new okhttp3.Request.Builder().url(url).build();
    try (okhttp3.Response response = new okhttp3.OkHttpClient().newCall(get).execute()) {
      assertThat(response.code()).isEqualTo(405);
    }
  }
}
