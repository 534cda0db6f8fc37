package com.hoopai.invoices.sandbox;

import com.hoopai.invoices.client.webhooks.WebhookVerifier;
import com.hoopai.invoices.sandbox.internal.WebhookSender;
import java.time.Duration;
import java.util.Optional;

/**
 * The signed webhooks a sandbox sends for every invoice state change: {@code InvoiceCreate},
 * {@code InvoiceUpdate}, {@code InvoiceSent}, {@code InvoicePartiallyPaid}, {@code InvoicePaid},
 * {@code InvoiceVoid}, {@code InvoiceDelete}, each with {@code type}, {@code locationId}, {@code timestamp}
 * (the sandbox's clock) and {@code webhookId}, signed with the sandbox's test keys in {@code x-ghl-signature}
 * (Ed25519) and {@code x-wh-signature} (RSA). Events are sent in order from a background thread: the API call
 * is never slowed or failed by them, and nothing is retried.
 *
 * <pre>{@code
 * sandbox.webhooks().url("http://127.0.0.1:" + port + "/hoopai/webhooks");
 * WebhookVerifier verifier = sandbox.webhooks().verifierBuilder().build();
 * }</pre>
 */
public final class SandboxWebhooks implements AutoCloseable {

  private final WebhookSender sender;

  SandboxWebhooks(WebhookSender sender) {
    this.sender = sender;
  }

  /**
   * Sends the webhooks of every change from now on to this URL; a reset keeps it.
   *
   * @param url an http(s) URL on loopback, or {@code null} to stop sending
   * @return these webhooks
   * @throws IllegalArgumentException if the URL is not on loopback
   */
  public SandboxWebhooks url(String url) {
    sender.target(url);
    return this;
  }

  /**
   * Where webhooks go.
   *
   * @return the URL, empty when none is set
   */
  public Optional<String> url() {
    return Optional.ofNullable(sender.target());
  }

  /**
   * The public key of the Ed25519 signatures, base64 X.509, for {@code hoopai.invoices.webhooks.ed25519-keys}
   * or {@link WebhookVerifier.Builder#ed25519Keys}.
   *
   * @return the key
   */
  public String publicKey() {
    return sender.signer().ed25519PublicKey();
  }

  /**
   * The public key of the RSA signatures, PEM.
   *
   * @return the key
   */
  public String rsaPublicKey() {
    return sender.signer().rsaPublicKeyPem();
  }

  /**
   * A verifier builder that trusts the sandbox's webhook keys (and only them).
   *
   * @return a new builder
   */
  public WebhookVerifier.Builder verifierBuilder() {
    return sender.signer().verifierBuilder();
  }

  /**
   * Waits until every webhook of the changes made so far was sent (answered or failed).
   *
   * @param timeout how long to wait at most
   * @return true if they all were
   * @throws InterruptedException if interrupted
   */
  public boolean await(Duration timeout) throws InterruptedException {
    return sender.await(timeout);
  }

  /** Stops sending; the sandbox does it when it closes. */
  @Override
  public void close() {
    sender.close();
  }
}
