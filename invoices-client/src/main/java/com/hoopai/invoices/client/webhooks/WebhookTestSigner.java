package com.hoopai.invoices.client.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Signs webhook bodies with test keys of its own, as HoopAI signs real ones, for the tests of an
 * application's webhook endpoint (and for the sandbox). Give the verifier under test its public keys
 * ({@link #verifierBuilder()}); never use it in production.
 *
 * <pre>{@code
 * WebhookTestSigner signer = WebhookTestSigner.create();
 * WebhookVerifier verifier = signer.verifierBuilder().build();            // or configure ed25519PublicKey()
 * byte[] body = signer.withReplayFields("{\"type\":\"InvoicePaid\",\"_id\":\"inv_1\",\"altId\":\"loc_1\"}");
 * Map<String, String> headers = signer.headers(body);                     // x-ghl-signature
 * mockMvc.perform(post("/hoopai/webhooks").content(body).headers(...));
 * }</pre>
 */
public final class WebhookTestSigner {

  private final KeyPair ed25519;
  private final KeyPair rsa;

  private WebhookTestSigner(KeyPair ed25519, KeyPair rsa) {
    this.ed25519 = ed25519;
    this.rsa = rsa;
  }

  /**
   * A signer with a new Ed25519 key pair and a new 2048-bit RSA key pair.
   *
   * @return the signer
   */
  public static WebhookTestSigner create() {
    try {
      KeyPairGenerator rsaGenerator = KeyPairGenerator.getInstance("RSA");
      rsaGenerator.initialize(2048);
      return new WebhookTestSigner(KeyPairGenerator.getInstance("Ed25519").generateKeyPair(),
          rsaGenerator.generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM cannot generate Ed25519 or RSA keys", e);
    }
  }

  /**
   * The Ed25519 public key, base64 X.509: what {@link WebhookVerifier.Builder#ed25519Keys} takes.
   *
   * @return the key
   */
  public String ed25519PublicKey() {
    return Base64.getEncoder().encodeToString(ed25519.getPublic().getEncoded());
  }

  /**
   * The RSA public key, PEM: what {@link WebhookVerifier.Builder#rsaKeys} takes.
   *
   * @return the key
   */
  public String rsaPublicKeyPem() {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(rsa.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  /**
   * A verifier builder that trusts this signer's keys (and only them).
   *
   * @return a new builder
   */
  public WebhookVerifier.Builder verifierBuilder() {
    return WebhookVerifier.builder().ed25519Keys(java.util.List.of(ed25519PublicKey()))
        .rsaKeys(java.util.List.of(rsaPublicKeyPem()));
  }

  /**
   * The Ed25519 signature of a body, as {@code x-ghl-signature} carries it.
   *
   * @param body the exact bytes sent
   * @return the base64 signature
   */
  public String ed25519Signature(byte[] body) {
    return sign("Ed25519", ed25519, body);
  }

  /**
   * The RSA-SHA256 signature of a body, as {@code x-wh-signature} carries it.
   *
   * @param body the exact bytes sent
   * @return the base64 signature
   */
  public String rsaSignature(byte[] body) {
    return sign("SHA256withRSA", rsa, body);
  }

  /**
   * The headers HoopAI sends with a body today: {@code x-ghl-signature} (Ed25519) and {@code Content-Type}.
   *
   * @param body the exact bytes sent
   * @return the headers, in order
   */
  public Map<String, String> headers(byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put(WebhookHeaders.ED25519_SIGNATURE, ed25519Signature(body));
    return headers;
  }

  /**
   * The headers of the migration period: both signatures.
   *
   * @param body the exact bytes sent
   * @return the headers, in order
   */
  public Map<String, String> bothSignatureHeaders(byte[] body) {
    Map<String, String> headers = headers(body);
    headers.put(WebhookHeaders.RSA_SIGNATURE, rsaSignature(body));
    return headers;
  }

  /**
   * A JSON object body with {@code timestamp} (now) and a new {@code webhookId} added in front.
   *
   * @param jsonObject a JSON object, e.g. {@code {"type":"InvoicePaid",...}}
   * @return the UTF-8 bytes to sign and send
   */
  public byte[] withReplayFields(String jsonObject) {
    return withReplayFields(jsonObject, Instant.now(), UUID.randomUUID().toString());
  }

  /**
   * A JSON object body with the given {@code timestamp} and {@code webhookId} added in front.
   *
   * @param jsonObject a JSON object
   * @param timestamp the sending time
   * @param webhookId the delivery id
   * @return the UTF-8 bytes to sign and send
   */
  public byte[] withReplayFields(String jsonObject, Instant timestamp, String webhookId) {
    String trimmed = jsonObject.strip();
    if (!trimmed.startsWith("{")) {
      throw new IllegalArgumentException("jsonObject must be a JSON object");
    }
    String rest = trimmed.substring(1).strip();
    String fields = "{\"timestamp\":\"" + timestamp + "\",\"webhookId\":\"" + webhookId.replace("\"", "") + "\"";
    return (rest.equals("}") ? fields + "}" : fields + "," + rest).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "WebhookTestSigner{ed25519, rsa-2048}";
  }

  private static String sign(String algorithm, KeyPair pair, byte[] body) {
    try {
      Signature signature = Signature.getInstance(algorithm);
      signature.initSign(pair.getPrivate());
      signature.update(body);
      return Base64.getEncoder().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " signing failed", e);
    }
  }
}
