package com.hoopai.invoices.sandbox;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Serves a {@link HoopAiSandbox} on a port for tools outside the JVM (curl, Postman, another language's
 * tests), until the process is stopped. Prints the base URL, the access token and the OAuth credentials.
 * The runnable jar ({@code hoopai-invoices-sandbox-<version>-server.jar}) starts it:
 *
 * <pre>
 * java -jar hoopai-invoices-sandbox-0.1.0-SNAPSHOT-server.jar --port 8089 --access-token T
 * curl -H "Authorization: Bearer T" -H "Version: 2021-07-28" \
 *   "http://127.0.0.1:8089/invoices/?altId=sandboxLocation00001&amp;altType=location&amp;limit=10&amp;offset=0"
 * curl http://127.0.0.1:8089/openapi.yaml
 * </pre>
 *
 * <p>Options (see {@link #USAGE}): {@code --port N} (default 8089; 0 for any free port), {@code --host H}
 * (default 127.0.0.1; 0.0.0.0 for every interface, as in a container), {@code --access-token T} (default
 * random), {@code --location-id L}, {@code --rate-limit N} (requests per 10 s, default 100),
 * {@code --webhook-url URL} (a loopback URL that receives a signed event for every invoice state change; the
 * public key to verify them with is printed), {@code --help}.
 */
public final class HoopAiSandboxServer {

  /** The options, as {@code --help} prints them. */
  public static final String USAGE = """
      usage: java -jar hoopai-invoices-sandbox-<version>-server.jar [options]
        --port N            port to listen on (default 8089; 0 picks a free one)
        --host H            address to listen on (default 127.0.0.1; 0.0.0.0 = every interface,
                            e.g. in a container; the sandbox has no TLS: trusted networks only)
        --access-token T    the token every location accepts (default: random, printed)
        --location-id L     the location the printed examples use (default sandboxLocation00001;
                            any id works)
        --rate-limit N      requests per 10 s and location before 429 (default 100)
        --webhook-url URL   a loopback URL that receives a signed webhook for every invoice state
                            change (the Ed25519 public key to verify them with is printed)
        --help              print this and exit
      The OpenAPI description is served at /openapi.yaml.""";

  /** The port the server takes when none is given. */
  public static final int DEFAULT_PORT = 8089;

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
    HoopAiSandbox.Builder builder = HoopAiSandbox.builder().recordRequests(false).port(DEFAULT_PORT);
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> builder.port(integer(option, value));
        case "--host" -> builder.host(value);
        case "--access-token" -> builder.accessToken(value);
        case "--location-id" -> builder.locationId(value);
        case "--rate-limit" -> builder.rateLimit(integer(option, value), HoopAiSandbox.DEFAULT_RATE_LIMIT_WINDOW);
        case "--webhook-url" -> builder.webhookUrl(value);
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    HoopAiSandbox sandbox = builder.start();
    out.printf("""
        HoopAI Invoices sandbox listening on %7$s:%8$d
          Base URL       %1$s
          Spec           %1$s/openapi.yaml
          Access token   %2$s   (every location, every scope)
          Location id    %3$s   (any other id works too)
          OAuth client   client_id=%4$s client_secret=%5$s
          Auth code      %6$s   (single use, grant_type=authorization_code)
        Try:
          curl -H "Authorization: Bearer %2$s" -H "Version: 2021-07-28" \\
            "%1$s/invoices/?altId=%3$s&altType=location&limit=10&offset=0"
        """, sandbox.baseUrl(), sandbox.accessToken(), sandbox.locationId(), sandbox.oauth().clientId(),
        sandbox.oauth().clientSecret(), sandbox.oauth().authorizationCode(sandbox.locationId()),
        sandbox.host().getHostAddress(), sandbox.port());
    sandbox.webhooks().url().ifPresent(url -> out.printf("""
          Webhooks to    %s
          Webhook key    %s   (Ed25519, x-ghl-signature; hoopai.invoices.webhooks.ed25519-keys)
        """, url, sandbox.webhooks().publicKey()));
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
