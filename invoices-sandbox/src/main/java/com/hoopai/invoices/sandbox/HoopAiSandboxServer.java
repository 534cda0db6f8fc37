package com.hoopai.invoices.sandbox;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Serves a {@link HoopAiSandbox} on a loopback port for tools outside the JVM (curl, Postman, another
 * language's tests), until the process is stopped. Prints the base URL, the access token and the OAuth
 * credentials.
 *
 * <pre>
 * ./mvnw -q -pl invoices-sandbox -am compile exec:java -Dexec.args="--port 8089"
 * curl -H "Authorization: Bearer $TOKEN" -H "Version: 2021-07-28" \
 *   "http://127.0.0.1:8089/invoices/?altId=sandboxLocation00001&amp;altType=location&amp;limit=10&amp;offset=0"
 * </pre>
 *
 * <p>Options: {@code --port N} (default any free port), {@code --access-token T} (default random),
 * {@code --location-id L}, {@code --rate-limit N} (requests per 10 s, default 100), {@code --webhook-url URL}
 * (a loopback URL that receives a signed event for every invoice state change; the public key to verify
 * them with is printed).
 */
public final class HoopAiSandboxServer {

  private static final String USAGE =
      "usage: HoopAiSandboxServer [--port N] [--access-token T] [--location-id L] [--rate-limit N]"
          + " [--webhook-url URL]";

  private HoopAiSandboxServer() {
  }

  /**
   * Starts the server and waits until the process is stopped.
   *
   * @param args the options
   * @throws InterruptedException if interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    String reactor = System.getProperty("hoopai.sandbox.reactor", "");
    if (reactor.contains("hoopai-invoices-examples")) {
      return;   // exec:java in a build that runs an example next: the example starts its own sandbox
    }
    if (java.util.Arrays.asList(args).contains("--help")) {
      System.out.println(USAGE);
      return;
    }
    HoopAiSandbox sandbox;
    try {
      sandbox = start(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "hoopai-sandbox-shutdown"));
    stopped.await();
  }

  /**
   * Starts a server as {@link #main(String[])} would and prints how to reach it; the caller stops it.
   *
   * @param args the options
   * @param out where to print
   * @return the running sandbox
   * @throws IllegalArgumentException for an unknown or malformed option
   */
  public static HoopAiSandbox start(String[] args, PrintStream out) {
    HoopAiSandbox.Builder builder = HoopAiSandbox.builder().recordRequests(false);
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> builder.port(integer(option, value));
        case "--access-token" -> builder.accessToken(value);
        case "--location-id" -> builder.locationId(value);
        case "--rate-limit" -> builder.rateLimit(integer(option, value), HoopAiSandbox.DEFAULT_RATE_LIMIT_WINDOW);
        case "--webhook-url" -> builder.webhookUrl(value);
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    HoopAiSandbox sandbox = builder.start();
    out.printf("""
        HoopAI Invoices sandbox listening on %1$s
          Base URL       %1$s
          Access token   %2$s   (every location, every scope)
          Location id    %3$s   (any other id works too)
          OAuth client   client_id=%4$s client_secret=%5$s
          Auth code      %6$s   (single use, grant_type=authorization_code)
        Try:
          curl -H "Authorization: Bearer %2$s" -H "Version: 2021-07-28" \\
            "%1$s/invoices/?altId=%3$s&altType=location&limit=10&offset=0"
        """, sandbox.baseUrl(), sandbox.accessToken(), sandbox.locationId(), sandbox.oauthClientId(),
        sandbox.oauthClientSecret(), sandbox.authorizationCode());
    sandbox.webhookUrl().ifPresent(url -> out.printf("""
          Webhooks to    %s
          Webhook key    %s   (Ed25519, x-ghl-signature; hoopai.invoices.webhooks.ed25519-keys)
        """, url, sandbox.webhookPublicKey()));
    out.println("Stop with Ctrl+C.");
    out.flush();
    return sandbox;
  }

  private static int integer(String option, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, was " + value);
    }
  }
}
