package com.hoopai.invoices.client.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hoopai.invoices.client.support.LogCapture;
import com.hoopai.invoices.client.webhooks.WebhookVerificationException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A webhook endpoint on loopback, without a framework: what it accepts, what it refuses and with which status. */
class WebhookVerificationTest {

  /** A marker in every body: it must never show in a log line or an exception. */
  private static final String BODY_MARKER = "Body-Marker-7f3a";
  private static final String PAID = "{\"type\":\"InvoicePaid\",\"_id\":\"inv_1\",\"altId\":\"loc_1\",\"altType\":\"location\","
      + "\"status\":\"paid\",\"name\":\"" + BODY_MARKER + "\",\"currency\":\"USD\",\"total\":125.5,\"amountPaid\":125.5,"
      + "\"amountDue\":0,\"liveMode\":false}";

  private final WebhookTestSigner signer = WebhookTestSigner.create();
  private final LogCapture logs = new LogCapture();
  private final List<String> signaturesSent = new ArrayList<>();
  private WebhookReceiver receiver;

  @BeforeEach
  void start() throws IOException {
    receiver = WebhookReceiver.start(signer.verifierBuilder().build());
  }

  @AfterEach
  void stop() {
    receiver.close();
    logs.close();
    List<String> texts = new ArrayList<>(logs.lines);
    receiver.refusals.forEach(e -> texts.add(e.toString()));
    for (String text : texts) {
      assertThat(text).doesNotContain(BODY_MARKER).doesNotContain("inv_1");
      for (String signature : signaturesSent) {
        assertThat(text).doesNotContain(signature).doesNotContain(signature.substring(0, 16));
      }
    }
  }

  private Map<String, String> ed25519(byte[] body) {
    Map<String, String> headers = signer.headers(body);
    signaturesSent.add(headers.get("x-ghl-signature"));
    return headers;
  }

  private Map<String, String> rsa(byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-wh-signature", signer.rsaSignature(body));
    signaturesSent.add(headers.get("x-wh-signature"));
    return headers;
  }

  private void assertRefused(WebhookReceiver.Answer answer, Reason reason, int status) {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(receiver.refusals).last().extracting(WebhookVerificationException::reason).isEqualTo(reason);
    assertThat(receiver.dispatched).isEmpty();
  }

  @Test
  void aValidEd25519EventIsDispatchedOnceAsATypedInvoiceEvent() throws IOException {
    byte[] body = signer.withReplayFields(PAID);

    assertThat(receiver.post(body, ed25519(body)).status()).isEqualTo(200);

    assertThat(receiver.dispatched).singleElement().isInstanceOfSatisfying(InvoiceWebhookEvent.class, event -> {
      assertThat(event.eventType()).isEqualTo(InvoiceEventType.INVOICE_PAID);
      assertThat(event.invoice().getId()).isEqualTo("inv_1");
      assertThat(event.invoice().getAmountPaid()).isEqualByComparingTo("125.5");
      assertThat(event.locationId()).contains("loc_1");
      assertThat(event.webhookId()).isPresent();
      assertThat(event.toString()).doesNotContain(BODY_MARKER);
    });
  }

  @Test
  void aValidRsaEventIsDispatchedOnce() throws IOException {
    byte[] body = signer.withReplayFields(PAID);

    assertThat(receiver.post(body, rsa(body)).status()).isEqualTo(200);

    assertThat(receiver.dispatched).singleElement().isInstanceOf(InvoiceWebhookEvent.class);
  }

  @Test
  void ed25519IsPreferredWhenBothHeadersArePresentAndNeverFallsBackToRsa() throws IOException {
    byte[] body = signer.withReplayFields(PAID);
    Map<String, String> goodEdBadRsa = ed25519(body);
    goodEdBadRsa.put("x-wh-signature", Base64.getEncoder().encodeToString(new byte[512]));
    assertThat(receiver.post(body, goodEdBadRsa).status()).isEqualTo(200);

    byte[] second = signer.withReplayFields(PAID);
    Map<String, String> badEdGoodRsa = rsa(second);
    badEdGoodRsa.put("x-ghl-signature", signer.ed25519Signature(body));   // another body's signature
    WebhookReceiver.Answer answer = receiver.post(second, badEdGoodRsa);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(receiver.refusals).singleElement().extracting(WebhookVerificationException::reason)
        .isEqualTo(Reason.BAD_SIGNATURE);
    assertThat(receiver.dispatched).hasSize(1);
  }

  @Test
  void aTamperedBodyIsRefused() throws IOException {
    byte[] body = signer.withReplayFields(PAID);
    Map<String, String> headers = ed25519(body);
    byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("125.5", "999.5").getBytes(StandardCharsets.UTF_8);

    assertRefused(receiver.post(tampered, headers), Reason.BAD_SIGNATURE, 401);
  }

  @Test
  void aSignatureByAnotherKeyIsRefused() throws IOException {
    WebhookTestSigner stranger = WebhookTestSigner.create();
    byte[] body = stranger.withReplayFields(PAID);
    Map<String, String> headers = stranger.bothSignatureHeaders(body);
    headers.remove("x-ghl-signature");
    signaturesSent.add(headers.get("x-wh-signature"));

    assertRefused(receiver.post(body, headers), Reason.BAD_SIGNATURE, 401);
    assertRefused(receiver.post(body, Map.of("x-ghl-signature", stranger.ed25519Signature(body))),
        Reason.BAD_SIGNATURE, 401);
  }

  @Test
  void aRequestWithoutSignatureIsRefused() throws IOException {
    assertRefused(receiver.post(signer.withReplayFields(PAID), Map.of()), Reason.MISSING_SIGNATURE, 401);
    assertRefused(receiver.post(signer.withReplayFields(PAID), Map.of("x-ghl-signature", " ")),
        Reason.MISSING_SIGNATURE, 401);
  }

  @Test
  void aSignatureThatIsNotBase64OrNot64BytesIsRefusedAsMalformed() throws IOException {
    byte[] body = signer.withReplayFields(PAID);
    assertRefused(receiver.post(body, Map.of("x-ghl-signature", "not*base64!")), Reason.MALFORMED_SIGNATURE, 401);
    assertRefused(receiver.post(body, Map.of("x-ghl-signature", Base64.getEncoder().encodeToString(new byte[63]))),
        Reason.MALFORMED_SIGNATURE, 401);
    assertRefused(receiver.post(body, Map.of("x-wh-signature", "%%%")), Reason.MALFORMED_SIGNATURE, 401);
  }

  @Test
  void staleAndFutureTimestampsAreRefused() throws IOException {
    Instant now = Instant.now();
    byte[] stale = signer.withReplayFields(PAID, now.minus(Duration.ofMinutes(6)), UUID.randomUUID().toString());
    byte[] future = signer.withReplayFields(PAID, now.plus(Duration.ofMinutes(2)), UUID.randomUUID().toString());

    assertRefused(receiver.post(stale, ed25519(stale)), Reason.STALE, 400);
    assertRefused(receiver.post(future, ed25519(future)), Reason.FUTURE, 400);
  }

  @Test
  void theWindowAllowsTheToleranceAndTheClockSkew() {
    Instant now = Instant.parse("2026-03-04T12:00:00Z");
    WebhookVerifier verifier = signer.verifierBuilder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    byte[] oldest = signer.withReplayFields(PAID, now.minus(Duration.ofMinutes(5)).minusSeconds(29), "a");
    byte[] latest = signer.withReplayFields(PAID, now.plusSeconds(29), "b");
    byte[] tooOld = signer.withReplayFields(PAID, now.minus(Duration.ofMinutes(5)).minusSeconds(31), "c");

    assertThat(verifier.verify(oldest, signer.headers(oldest)::get)).isInstanceOf(InvoiceWebhookEvent.class);
    assertThat(verifier.verify(latest, signer.headers(latest)::get)).isInstanceOf(InvoiceWebhookEvent.class);
    assertThatThrownBy(() -> verifier.verify(tooOld, signer.headers(tooOld)::get))
        .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.STALE));
  }

  @Test
  void aReplayedWebhookIdIsAcknowledgedButDispatchedOnce() throws IOException {
    byte[] body = signer.withReplayFields(PAID);
    Map<String, String> headers = ed25519(body);

    assertThat(receiver.post(body, headers).status()).isEqualTo(200);
    assertThat(receiver.post(body, headers).status()).isEqualTo(200);

    assertThat(receiver.dispatched).hasSize(1);
    assertThat(receiver.refusals).singleElement().extracting(WebhookVerificationException::reason)
        .isEqualTo(Reason.DUPLICATE);
  }

  @Test
  void bodiesThatAreNotJsonObjectsAreRefused() throws IOException {
    byte[] text = ("not json " + BODY_MARKER).getBytes(StandardCharsets.UTF_8);
    byte[] array = "[1,2]".getBytes(StandardCharsets.UTF_8);

    assertRefused(receiver.post(text, ed25519(text)), Reason.NOT_JSON, 400);
    assertRefused(receiver.post(array, ed25519(array)), Reason.NOT_JSON, 400);
  }

  @Test
  void anOversizedBodyIsRefusedBeforeItsSignatureIsChecked() throws IOException {
    receiver.close();
    receiver = WebhookReceiver.start(signer.verifierBuilder().maxBodyBytes(1024).build());
    byte[] body = signer.withReplayFields("{\"type\":\"InvoicePaid\",\"name\":\"" + BODY_MARKER.repeat(100) + "\"}");

    assertRefused(receiver.post(body, ed25519(body)), Reason.TOO_LARGE, 413);
  }

  @Test
  void bodiesWithoutTimestampOrWebhookIdAreRefusedUnlessAllowed() throws IOException {
    byte[] noId = ("{\"timestamp\":\"" + Instant.now() + "\"," + PAID.substring(1)).getBytes(StandardCharsets.UTF_8);
    byte[] bare = PAID.getBytes(StandardCharsets.UTF_8);
    assertRefused(receiver.post(noId, ed25519(noId)), Reason.MISSING_WEBHOOK_ID, 400);
    assertRefused(receiver.post(bare, ed25519(bare)), Reason.MISSING_TIMESTAMP, 400);

    WebhookVerifier lenient = signer.verifierBuilder().requireReplayFields(false).build();
    assertThat(lenient.verify(bare, signer.headers(bare)::get)).isInstanceOf(InvoiceWebhookEvent.class);
  }

  @Test
  void aBodyWhoseJsonWouldReSerialiseDifferentlyVerifiesBecauseTheBytesAreChecked() throws IOException {
    String unusual = "{ \"webhookId\" : \"" + UUID.randomUUID() + "\",\n  \"total\": 1.250E2, \"amountPaid\":125.50,"
        + " \"name\":\"Caf\\u00e9 " + BODY_MARKER + "\", \"altId\":\"loc_1\", \"_id\":\"inv_1\", \"status\":\"paid\","
        + " \"currency\":\"USD\", \"type\":\"InvoicePaid\", \"timestamp\":\"" + Instant.now() + "\" }";
    byte[] body = unusual.getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = ed25519(body);
    ObjectMapper mapper = new ObjectMapper();
    byte[] reSerialised = mapper.writeValueAsBytes(mapper.readTree(body));
    assertThat(reSerialised).isNotEqualTo(body);

    assertRefused(receiver.post(reSerialised, headers), Reason.BAD_SIGNATURE, 401);
    assertThat(receiver.post(body, headers).status()).isEqualTo(200);
    assertThat(receiver.dispatched).singleElement().isInstanceOfSatisfying(InvoiceWebhookEvent.class,
        event -> assertThat(event.invoice().getTotal()).isEqualByComparingTo("125"));
  }

  @Test
  void keysRotateByListingTheOldAndTheNew() {
    WebhookTestSigner next = WebhookTestSigner.create();
    WebhookVerifier verifier = WebhookVerifier.builder()
        .ed25519Keys(List.of(signer.ed25519PublicKey(), next.ed25519PublicKey())).rsaKeys(List.of()).build();
    byte[] body = next.withReplayFields(PAID);

    assertThat(verifier.verify(body, next.headers(body)::get)).isInstanceOf(InvoiceWebhookEvent.class);
    byte[] rsaOnly = next.withReplayFields(PAID);
    assertThatThrownBy(() -> verifier.verify(rsaOnly, Map.of("x-wh-signature", next.rsaSignature(rsaOnly))::get))
        .isInstanceOfSatisfying(WebhookVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
  }

  @Test
  void theDefaultKeysAreHoopAisPublishedOnes() {
    assertThat(WebhookVerifier.builder().build().toString()).contains("ed25519Keys=1", "rsaKeys=1");
    byte[] body = signer.withReplayFields(PAID);
    assertThatThrownBy(() -> WebhookVerifier.builder().build().verify(body, signer.headers(body)::get))
        .isInstanceOfSatisfying(WebhookVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
  }

  @Test
  void badKeysAreAllNamedAtBuild() {
    assertThatThrownBy(() -> WebhookVerifier.builder().ed25519Keys(List.of(signer.ed25519PublicKey(), "bm9wZQ=="))
        .rsaKeys(List.of(signer.ed25519PublicKey())).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("ed25519Keys[1] is not an X.509 Ed25519 public key",
            "rsaKeys[0] is not an X.509 RSA public key")
        .hasMessageNotContaining("bm9wZQ");
  }

  @Test
  void switchingTheSignatureCheckOffAcceptsUnsignedBodiesAndSaysSoLoudlyAtBuild() throws IOException {
    receiver.close();
    receiver = WebhookReceiver.start(WebhookVerifier.builder().insecureSkipSignatureCheck().build());

    assertThat(receiver.post(signer.withReplayFields(PAID), Map.of()).status()).isEqualTo(200);
    assertThat(receiver.dispatched).hasSize(1);
    assertThat(logs.lines).filteredOn(line -> line.startsWith("WARNING"))
        .singleElement().asString().contains("WEBHOOK SIGNATURES ARE NOT CHECKED");
  }
}
