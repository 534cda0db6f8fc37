package com.hoopai.invoices.examples;

import com.hoopai.invoices.client.webhooks.InvoiceEventType;
import com.hoopai.invoices.client.webhooks.InvoiceWebhookEvent;
import com.hoopai.invoices.client.webhooks.WebhookEvent;
import com.hoopai.invoices.client.webhooks.WebhookVerificationException;
import com.hoopai.invoices.client.webhooks.WebhookVerifier;
import com.hoopai.invoices.sandbox.HoopAiSandbox;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A webhook endpoint without any framework, on the JDK's own HTTP server: the few lines that verify HoopAI's
 * signature on the raw body, refuse stale and replayed deliveries, and hand over a typed event. Run against
 * the sandbox, which sends a signed event for every invoice change the billing workflow makes; the program
 * prints what arrives.
 *
 * <pre>
 * ./mvnw -q -pl invoices-examples -am compile exec:java -Dexample=com.hoopai.invoices.examples.WebhookEndpoint
 * </pre>
 */
public final class WebhookEndpoint {

  private WebhookEndpoint() {
  }

  /**
   * Serves {@code /hoopai/webhooks} on a loopback port: verify, then handle; a refusal answers its status.
   *
   * @param verifier checks signature, timestamp and webhookId (in production: {@code WebhookVerifier.builder().build()},
   *     HoopAI's published keys)
   * @param handler gets each verified event
   * @return the running server
   */
  public static HttpServer serve(WebhookVerifier verifier, Consumer<WebhookEvent> handler) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/hoopai/webhooks", exchange -> {
        int status = 200;
        try (InputStream in = exchange.getRequestBody()) {
          WebhookEvent event = verifier.verify(verifier.readBody(in), exchange.getRequestHeaders()::getFirst);
          handler.accept(event);
        } catch (WebhookVerificationException refused) {
          status = refused.reason().httpStatus();   // 401 bad signature, 400 stale, 200 duplicate...
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the billing workflow on a sandbox that posts its webhooks to a local endpoint, printing each event.
   *
   * @param out where to print
   * @return the events received, in order
   */
  public static List<WebhookEvent> run(PrintStream out) {
    List<WebhookEvent> received = new CopyOnWriteArrayList<>();
    try (HoopAiSandbox sandbox = HoopAiSandbox.start()) {
      HttpServer endpoint = serve(sandbox.webhooks().verifierBuilder().build(), event -> {
        received.add(event);
        if (event instanceof InvoiceWebhookEvent invoice && invoice.eventType() == InvoiceEventType.INVOICE_PAID) {
          out.printf("webhook InvoicePaid: invoice %s paid %s %s in full%n", invoice.invoice().getId(),
              invoice.invoice().getAmountPaid().toPlainString(), invoice.invoice().getCurrency());
        } else {
          out.println("webhook " + event.type().orElse("(untyped)"));
        }
      });
      try {
        sandbox.webhooks().url("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/hoopai/webhooks");
        new BillingWorkflow(sandbox.location(), Customer.SANDBOX, true,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        sandbox.webhooks().await(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        endpoint.stop(0);
      }
    }
    return List.copyOf(received);
  }

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
