package com.hoopai.invoices.client.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hoopai.invoices.client.webhooks.WebhookVerificationException.Reason;
import com.hoopai.invoices.client.webhooks.internal.PublicKeys;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Verifies HoopAI webhook requests on their raw body bytes, then reads them into typed events. Immutable
 * and thread-safe: build one per application.
 *
 * <p>In order, a request is refused ({@link WebhookVerificationException}, whose {@link Reason} gives the
 * status to answer) when: its body is larger than the maximum; it carries no signature; the signature is
 * not base64 or fails under every configured key; the body is not a JSON object; its {@code timestamp} is
 * missing, older than the tolerance (plus the clock-skew allowance) or further ahead than the allowance;
 * its {@code webhookId} is missing or already in the {@link WebhookReplayStore}.
 *
 * <p><b>Signatures.</b> {@code x-ghl-signature} (Ed25519, the current scheme) is preferred when both
 * headers are present; {@code x-wh-signature} (RSA-SHA256, deprecated on 2026-07-01) is used only when it
 * is the only one. A failing Ed25519 signature is never retried as RSA (no downgrade). Each scheme takes a
 * list of keys so a rotation needs no release; the defaults are HoopAI's published keys. Signatures are
 * checked by the JDK's {@code Ed25519} and {@code SHA256withRSA}; nothing here compares secrets byte by
 * byte. The bytes are verified before anything parses them, so a body whose JSON would re-serialise
 * differently (key order, number format) verifies as sent.
 *
 * <p>No exception or log line quotes the body, a signature or a header value.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder()
 *     .replayStore(new JdbcWebhookReplayStore(dataSource).createTableIfMissing())
 *     .build();
 * byte[] body = verifier.readBody(request.getInputStream());
 * WebhookEvent event = verifier.verify(body, request::getHeader);
 * }</pre>
 */
public final class WebhookVerifier {

  /** HoopAI's Ed25519 webhook key (reported by several public integrations), base64 X.509. */
  public static final String HOOPAI_ED25519_KEY = "MCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=";
  /** HoopAI's RSA webhook key, documented in its WebhookAuthentication guide (4096 bits), PEM. */
  public static final String HOOPAI_RSA_KEY = "-----BEGIN PUBLIC KEY-----\n"
      + "MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC\n"
      + "Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6\n"
      + "dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB\n"
      + "csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv\n"
      + "uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF\n"
      + "3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU\n"
      + "J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp\n"
      + "IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN\n"
      + "h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC\n"
      + "HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ\n"
      + "PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk\n"
      + "T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==\n"
      + "-----END PUBLIC KEY-----\n";
  /** How old a {@code timestamp} may be, by default. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
  /** How far clocks may disagree, by default: added to the tolerance, and allowed into the future. */
  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);
  /** The largest body accepted, by default (1 MiB). */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  private static final System.Logger LOG = System.getLogger("com.hoopai.invoices.webhooks");
  private static final int ED25519_SIGNATURE_BYTES = 64;

  private final List<PublicKey> ed25519Keys;
  private final List<PublicKey> rsaKeys;
  private final Duration tolerance;
  private final Duration clockSkew;
  private final Clock clock;
  private final WebhookReplayStore replayStore;
  private final int maxBodyBytes;
  private final boolean requireReplayFields;
  private final boolean skipSignatureCheck;
  private final WebhookEventReader reader = new WebhookEventReader();

  private WebhookVerifier(Builder builder, List<PublicKey> ed25519Keys, List<PublicKey> rsaKeys) {
    this.ed25519Keys = ed25519Keys;
    this.rsaKeys = rsaKeys;
    this.tolerance = builder.tolerance;
    this.clockSkew = builder.clockSkew;
    this.clock = builder.clock;
    this.replayStore = builder.replayStore != null ? builder.replayStore : new InMemoryWebhookReplayStore();
    this.maxBodyBytes = builder.maxBodyBytes;
    this.requireReplayFields = builder.requireReplayFields;
    this.skipSignatureCheck = builder.skipSignatureCheck;
  }

  /**
   * A builder with HoopAI's keys, a 5-minute window (plus 30 s of clock skew), an in-memory replay store
   * and a 1 MiB body limit.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a request body, refusing it as soon as it exceeds the maximum (the rest is not read).
   *
   * @param in the request's stream (not closed here)
   * @return the bytes
   * @throws WebhookVerificationException {@link Reason#TOO_LARGE} when longer than the maximum
   * @throws IOException if the stream fails
   */
  public byte[] readBody(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(maxBodyBytes + 1);
    if (bytes.length > maxBodyBytes) {
      throw refuse(Reason.TOO_LARGE, "the body is larger than " + maxBodyBytes + " bytes");
    }
    return bytes;
  }

  /**
   * Verifies a request and reads its event; the delivery's {@code webhookId} is recorded in the replay
   * store, so a second call with the same delivery is refused as {@link Reason#DUPLICATE}.
   *
   * @param body the raw body, exactly as received
   * @param headers the request's headers
   * @return the event
   * @throws WebhookVerificationException if the request is refused
   * @throws WebhookReplayStoreException if the replay store fails (answer 429: HoopAI delivers again)
   */
  public WebhookEvent verify(byte[] body, WebhookHeaders headers) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(headers, "headers");
    if (body.length > maxBodyBytes) {
      throw refuse(Reason.TOO_LARGE, "the body is larger than " + maxBodyBytes + " bytes");
    }
    if (!skipSignatureCheck) {
      checkSignature(body, headers);
    }
    ObjectNode json = parse(body);
    Instant now = clock.instant();
    Instant timestamp = checkTimestamp(json, now);
    String webhookId = WebhookJson.text(json, "webhookId");
    if (webhookId == null && requireReplayFields) {
      throw refuse(Reason.MISSING_WEBHOOK_ID, "the body has no webhookId");
    }
    if (webhookId != null) {
      Instant forgetAfter = (timestamp != null ? timestamp : now).plus(tolerance).plus(clockSkew.multipliedBy(2));
      if (!replayStore.markIfNew(webhookId, forgetAfter)) {
        throw refuse(Reason.DUPLICATE, "this webhookId was processed already");
      }
    }
    return reader.read(json, timestamp);
  }

  /**
   * Whether signatures are checked (false only after {@link Builder#insecureSkipSignatureCheck()}).
   *
   * @return true when signatures are checked
   */
  public boolean checksSignatures() {
    return !skipSignatureCheck;
  }

  @Override
  public String toString() {
    return "WebhookVerifier{ed25519Keys=" + ed25519Keys.size() + ", rsaKeys=" + rsaKeys.size() + ", tolerance="
        + tolerance + ", clockSkew=" + clockSkew + ", maxBodyBytes=" + maxBodyBytes + ", replayStore="
        + replayStore + (skipSignatureCheck ? ", SIGNATURES NOT CHECKED" : "") + "}";
  }

  private void checkSignature(byte[] body, WebhookHeaders headers) {
    String ed25519 = blankToNull(headers.get(WebhookHeaders.ED25519_SIGNATURE));
    String rsa = blankToNull(headers.get(WebhookHeaders.RSA_SIGNATURE));
    if (ed25519 != null) {
      byte[] signature = decode(ed25519, WebhookHeaders.ED25519_SIGNATURE);
      if (signature.length != ED25519_SIGNATURE_BYTES) {
        throw refuse(Reason.MALFORMED_SIGNATURE, WebhookHeaders.ED25519_SIGNATURE + " is not a 64-byte Ed25519 signature");
      }
      if (!anyKeyVerifies("Ed25519", ed25519Keys, body, signature)) {
        throw refuse(Reason.BAD_SIGNATURE, WebhookHeaders.ED25519_SIGNATURE + " does not match the body under any of the "
            + ed25519Keys.size() + " Ed25519 keys");
      }
      return;
    }
    if (rsa != null) {
      byte[] signature = decode(rsa, WebhookHeaders.RSA_SIGNATURE);
      if (!anyKeyVerifies("SHA256withRSA", rsaKeys, body, signature)) {
        throw refuse(Reason.BAD_SIGNATURE, WebhookHeaders.RSA_SIGNATURE + " does not match the body under any of the "
            + rsaKeys.size() + " RSA keys");
      }
      return;
    }
    throw refuse(Reason.MISSING_SIGNATURE, "the request carries neither " + WebhookHeaders.ED25519_SIGNATURE + " nor "
        + WebhookHeaders.RSA_SIGNATURE);
  }

  private static boolean anyKeyVerifies(String algorithm, List<PublicKey> keys, byte[] body, byte[] signature) {
    for (PublicKey key : keys) {
      try {
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(key);
        verifier.update(body);
        if (verifier.verify(signature)) {
          return true;
        }
      } catch (GeneralSecurityException e) {
        // A signature of the wrong length for this key: it does not verify under it.
      }
    }
    return false;
  }

  private static byte[] decode(String value, String header) {
    try {
      return Base64.getDecoder().decode(value.strip());
    } catch (IllegalArgumentException e) {
      throw refuse(Reason.MALFORMED_SIGNATURE, header + " is not base64");
    }
  }

  private ObjectNode parse(byte[] body) {
    JsonNode json;
    try {
      json = reader.mapper().readTree(body);
    } catch (IOException e) {
      throw refuse(Reason.NOT_JSON, "the body is not JSON");
    }
    if (!(json instanceof ObjectNode object)) {
      throw refuse(Reason.NOT_JSON, "the body is not a JSON object");
    }
    return object;
  }

  private Instant checkTimestamp(ObjectNode json, Instant now) {
    JsonNode value = json.get("timestamp");
    Instant timestamp = null;
    if (value != null && value.isTextual()) {
      try {
        timestamp = OffsetDateTime.parse(value.asText()).toInstant();
      } catch (DateTimeParseException e) {
        throw refuse(Reason.MISSING_TIMESTAMP, "the body's timestamp is not an ISO-8601 date-time");
      }
    } else if (value != null && value.isIntegralNumber()) {
      timestamp = Instant.ofEpochMilli(value.asLong());
    } else if (value != null && !value.isNull()) {
      throw refuse(Reason.MISSING_TIMESTAMP, "the body's timestamp is not an ISO-8601 date-time");
    }
    if (timestamp == null) {
      if (requireReplayFields) {
        throw refuse(Reason.MISSING_TIMESTAMP, "the body has no timestamp");
      }
      return null;
    }
    if (timestamp.isBefore(now.minus(tolerance).minus(clockSkew))) {
      throw refuse(Reason.STALE, "the body's timestamp is older than " + tolerance + " (plus " + clockSkew
          + " of clock skew)");
    }
    if (timestamp.isAfter(now.plus(clockSkew))) {
      throw refuse(Reason.FUTURE, "the body's timestamp is more than " + clockSkew + " in the future");
    }
    return timestamp;
  }

  private static WebhookVerificationException refuse(Reason reason, String message) {
    LOG.log(System.Logger.Level.DEBUG, () -> "webhook refused (" + reason.tag() + "): " + message);
    return new WebhookVerificationException(reason, message);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * Configures a {@link WebhookVerifier}. Setters check their input at once; keys are parsed by
   * {@link #build()}, which names every bad one.
   *
   * <pre>{@code
   * WebhookVerifier verifier = WebhookVerifier.builder()
   *     .ed25519Keys(List.of(WebhookVerifier.HOOPAI_ED25519_KEY, System.getenv("HOOPAI_NEXT_ED25519_KEY")))
   *     .tolerance(Duration.ofMinutes(3))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private List<String> ed25519Keys = List.of(HOOPAI_ED25519_KEY);
    private List<String> rsaKeys = List.of(HOOPAI_RSA_KEY);
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Duration clockSkew = DEFAULT_CLOCK_SKEW;
    private Clock clock = Clock.systemUTC();
    private WebhookReplayStore replayStore;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private boolean requireReplayFields = true;
    private boolean skipSignatureCheck;

    private Builder() {
    }

    /**
     * The Ed25519 keys ({@code x-ghl-signature}); a signature is good if any verifies it. Default HoopAI's
     * key; list the old and the new key during a rotation.
     *
     * @param keys base64 X.509 (DER) or PEM public keys; empty refuses every Ed25519 signature
     * @return this builder
     */
    public Builder ed25519Keys(List<String> keys) {
      this.ed25519Keys = copy(keys, "ed25519Keys");
      return this;
    }

    /**
     * The RSA keys ({@code x-wh-signature}). Default HoopAI's documented key; empty refuses every RSA
     * signature (after HoopAI's 2026-07-01 migration).
     *
     * @param keys PEM or base64 X.509 (DER) public keys
     * @return this builder
     */
    public Builder rsaKeys(List<String> keys) {
      this.rsaKeys = copy(keys, "rsaKeys");
      return this;
    }

    /**
     * How old a body's {@code timestamp} may be; default 5 minutes.
     *
     * @param tolerance positive
     * @return this builder
     */
    public Builder tolerance(Duration tolerance) {
      this.tolerance = positive(tolerance, "tolerance");
      return this;
    }

    /**
     * How far HoopAI's clock and ours may disagree; default 30 s. Added to the tolerance, and how far
     * ahead a timestamp may be.
     *
     * @param skew zero or more
     * @return this builder
     */
    public Builder clockSkew(Duration skew) {
      Objects.requireNonNull(skew, "clockSkew");
      if (skew.isNegative()) {
        throw new IllegalArgumentException("clockSkew must not be negative: " + skew);
      }
      this.clockSkew = skew;
      return this;
    }

    /**
     * The clock the window is judged by; default the system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Where processed {@code webhookId}s are kept; default a new {@link InMemoryWebhookReplayStore}. Give
     * every app instance the same {@link JdbcWebhookReplayStore} so each delivery is processed once.
     *
     * @param store the store
     * @return this builder
     */
    public Builder replayStore(WebhookReplayStore store) {
      this.replayStore = Objects.requireNonNull(store, "replayStore");
      return this;
    }

    /**
     * The largest body accepted; default 1 MiB.
     *
     * @param bytes positive
     * @return this builder
     */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive: " + bytes);
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * Whether a body without {@code timestamp} or {@code webhookId} is refused; default true (HoopAI's
     * authentication guide says every body carries both). False accepts such bodies, checking the window
     * and duplicates only when the fields are there.
     *
     * @param require whether both fields are required
     * @return this builder
     */
    public Builder requireReplayFields(boolean require) {
      this.requireReplayFields = require;
      return this;
    }

    /**
     * Accepts requests without checking their signature: anyone who can reach the endpoint can then post
     * events. For local experiments only; {@link #build()} logs a warning saying so.
     *
     * @return this builder
     */
    public Builder insecureSkipSignatureCheck() {
      this.skipSignatureCheck = true;
      return this;
    }

    /**
     * The verifier.
     *
     * @return a new verifier
     * @throws IllegalArgumentException naming every key that does not parse
     */
    public WebhookVerifier build() {
      List<String> problems = new ArrayList<>();
      List<PublicKey> ed25519 = parse(ed25519Keys, "Ed25519", "ed25519Keys", problems);
      List<PublicKey> rsa = parse(rsaKeys, "RSA", "rsaKeys", problems);
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("invalid webhook keys: " + String.join("; ", problems));
      }
      if (skipSignatureCheck) {
        LOG.log(System.Logger.Level.WARNING, "WEBHOOK SIGNATURES ARE NOT CHECKED: insecureSkipSignatureCheck() is on,"
            + " so anyone who can reach the webhook endpoint can post events. Never run this in production.");
      } else if (ed25519.isEmpty() && rsa.isEmpty()) {
        LOG.log(System.Logger.Level.WARNING, "no webhook key is configured: every webhook will be refused");
      }
      return new WebhookVerifier(this, ed25519, rsa);
    }

    private static List<PublicKey> parse(List<String> keys, String algorithm, String name, List<String> problems) {
      try {
        return PublicKeys.parseAll(keys, algorithm, name);
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
        return List.of();
      }
    }

    private static List<String> copy(List<String> keys, String name) {
      Objects.requireNonNull(keys, name);
      for (int i = 0; i < keys.size(); i++) {
        if (keys.get(i) == null) {
          throw new IllegalArgumentException(name + "[" + i + "] is null");
        }
      }
      return List.copyOf(keys);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
