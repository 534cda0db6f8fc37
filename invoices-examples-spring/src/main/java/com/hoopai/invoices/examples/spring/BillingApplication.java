package com.hoopai.invoices.examples.spring;

import com.hoopai.invoices.sandbox.HoopAiSandbox;
import java.time.Duration;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application on the starter: {@code application.yml} configures the API
 * ({@code hoopai.invoices.*}), {@link BillingService} gets the {@code InvoicesApi} injected and runs the
 * billing workflow at start-up.
 *
 * <p>Without {@code HOOPAI_ACCESS_TOKEN}, {@link #main} starts an embedded {@link HoopAiSandbox} and points the
 * properties at it; with {@code HOOPAI_ACCESS_TOKEN}, {@code HOOPAI_LOCATION_ID} and {@code HOOPAI_CONTACT_ID}
 * it runs against HoopAI, in test mode, sending nothing to the contact.
 *
 * <pre>{@code
 * ./mvnw -q -pl invoices-examples-spring -am compile exec:java
 * }</pre>
 */
@SpringBootApplication
@EnableConfigurationProperties(BillingProperties.class)
public class BillingApplication {

  /**
   * Runs the workflow once the application has started.
   *
   * @param billing the service
   * @return the runner
   */
  @Bean
  CommandLineRunner billingWorkflow(BillingService billing, PaymentWebhooks webhooks) {
    return args -> webhooks.awaitPaid(billing.run().invoice().getId(), Duration.ofSeconds(10))
        .ifPresentOrElse(paid -> { }, () -> System.out.println("No InvoicePaid webhook reached this app."));
  }

  /**
   * Runs the application on the sandbox, or on HoopAI when {@code HOOPAI_ACCESS_TOKEN} is set.
   *
   * @param args Spring Boot arguments ({@code --hoopai.invoices.read-timeout=5s}...)
   */
  public static void main(String[] args) {
    String token = System.getenv("HOOPAI_ACCESS_TOKEN");
    if (token != null && !token.isBlank()) {
      System.out.println("HoopAI billing workflow, Spring Boot, on HoopAI (test mode)");
      run(args);
      return;
    }
    try (HoopAiSandbox sandbox = HoopAiSandbox.start()) {
      // System properties outrank application.yml: the same file serves both targets.
      System.setProperty("hoopai.invoices.base-url", sandbox.baseUrl());
      System.setProperty("hoopai.invoices.access-token", sandbox.accessToken());
      System.setProperty("billing.location-id", sandbox.locationId());
      System.setProperty("billing.contact-id", "AmuzcoPBpgKeccNsFlib");
      System.setProperty("billing.contact-name", "Alex Morgan");
      System.setProperty("billing.contact-email", "alex.morgan@example.com");
      System.setProperty("billing.live-mode", "true");
      // The sandbox posts its signed webhooks to this app's endpoint, signed with its own test key.
      int port = freePort();
      System.setProperty("server.port", String.valueOf(port));
      System.setProperty("hoopai.invoices.webhooks.ed25519-keys[0]", sandbox.webhooks().publicKey());
      sandbox.webhooks().url("http://127.0.0.1:" + port + "/hoopai/webhooks");
      System.out.println("HoopAI billing workflow, Spring Boot, on the embedded sandbox at " + sandbox.baseUrl()
          + " (set HOOPAI_ACCESS_TOKEN, HOOPAI_LOCATION_ID and HOOPAI_CONTACT_ID for HoopAI)");
      run(args);
    }
  }

  static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void run(String[] args) {
    // The runner has run when run() returns; closing the context stops the webhook endpoint and the client.
    try (ConfigurableApplicationContext context = SpringApplication.run(BillingApplication.class, args)) {
      System.out.println("Done.");
    }
  }
}
