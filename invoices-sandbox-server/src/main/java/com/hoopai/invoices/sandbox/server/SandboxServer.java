package com.hoopai.invoices.sandbox.server;

import com.hoopai.invoices.sandbox.server.internal.NoDelayServerSocketFactory;
import com.hoopai.invoices.sandbox.server.internal.SandboxConfig;
import com.hoopai.invoices.sandbox.server.internal.SandboxDispatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import mockwebserver3.MockWebServer;

/**
 * A fake of the HoopAI Invoices API on loopback, for the tests of every module: all 42 operations with state
 * in memory per location, every request validated against the spec, the API's business rules and rate limits,
 * and its OAuth endpoints ({@code /oauth/token} with single-use refresh tokens, {@code /oauth/locationToken}).
 * It needs no SDK client (the SDK's own tests use it); {@code HoopAiSandbox} adds ready clients and webhooks.
 * Beside the server: its {@linkplain #records() records}, {@linkplain #oauth() OAuth side},
 * {@linkplain #faults() faults} and {@linkplain #requests() requests}. Thread-safe.
 *
 * <pre>{@code
 * try (SandboxServer server = SandboxServer.start()) {
 *   server.faults().failNext("getInvoice", Fault.html(502));
 *   // point a client at server.baseUrl() with server.accessToken() ...
 *   assertThat(server.requests().of("getInvoice")).hasSize(2);
 * }
 * }</pre>
 */
public final class SandboxServer implements AutoCloseable {

  /** The operation name of {@code POST /oauth/token} for {@link Faults} and {@link RecordedRequests}. */
  public static final String TOKEN_ENDPOINT = "oauth/token";
  /** The operation name of {@code POST /oauth/locationToken}. */
  public static final String LOCATION_TOKEN_ENDPOINT = "oauth/locationToken";
  /** The burst limit of the real API: 100 requests per 10 seconds and location. */
  public static final int DEFAULT_RATE_LIMIT_MAX = 100;
  /** The burst window of the real API. */
  public static final Duration DEFAULT_RATE_LIMIT_WINDOW = Duration.ofSeconds(10);
  /** The daily limit of the real API: 200,000 requests per day and location. */
  public static final long DEFAULT_DAILY_LIMIT = 200_000;
  /** The system property that turns {@link Builder#checkResponses(boolean)} on by default. */
  public static final String CHECK_RESPONSES_PROPERTY = "hoopai.sandbox.checkResponses";

  private final InetAddress host;
  private final String accessToken;
  private final MockWebServer server = new MockWebServer();
  private final SandboxDispatcher dispatcher;
  private final Faults faults;
  private final RecordedRequests requests;
  private final JsonRecords records;
  private final SandboxOAuth oauth;
  private final RateLimits rateLimits;
  private final Thread drainer;

  private SandboxServer(Builder builder) throws IOException {
    this.host = builder.host;
    this.accessToken = builder.accessToken;
    SandboxConfig config = new SandboxConfig(builder.clock, builder.accessToken, builder.clientId,
        builder.clientSecret, builder.companyId, builder.rateLimitMax, builder.rateLimitWindow, builder.dailyLimit,
        builder.accessTokenLifetime, builder.checkResponses);
    this.dispatcher = SandboxDispatcher.create(SandboxServer.class.getClassLoader(), config, builder.events);
    this.faults = new Faults(dispatcher.operationIds());
    this.requests = new RecordedRequests(builder.recordRequests);
    this.records = new JsonRecords(dispatcher);
    this.oauth = new SandboxOAuth(dispatcher.oauth(), builder.clientId, builder.clientSecret);
    this.rateLimits = new RateLimits(dispatcher, builder.dailyLimit);
    server.setDispatcher(new ServerDispatcher(dispatcher, faults, requests));
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start(builder.host, builder.port);
    this.drainer = startDrainer(server);
  }

  /**
   * Starts a server with the defaults: loopback, any free port, a random access token, the real API's limits.
   *
   * @return the running server
   */
  public static SandboxServer start() {
    return builder().start();
  }

  /**
   * A builder, to choose the address, port, tokens, limits, clock or event listener.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Where the server listens, such as {@code http://127.0.0.1:53121}.
   *
   * @return the base URL, without a trailing slash
   */
  public String baseUrl() {
    // Bound to every interface, it is still reached here through loopback.
    String name = host.isAnyLocalAddress() ? "127.0.0.1" : server.getHostName();
    return "http://" + name + ":" + server.getPort();
  }

  /**
   * A URL of this server.
   *
   * @param path such as {@code /oauth/token}
   * @return the URL
   */
  public String url(String path) {
    return baseUrl() + (path.startsWith("/") ? path : "/" + path);
  }

  /**
   * The address the server listens on.
   *
   * @return the bound address
   */
  public InetAddress host() {
    return host;
  }

  /**
   * The port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getPort();
  }

  /**
   * A token every location accepts, with every scope, for as long as the server runs (like a Private
   * Integration Token).
   *
   * @return the token
   */
  public String accessToken() {
    return accessToken;
  }

  /**
   * The records, in JSON.
   *
   * @return the view
   */
  public JsonRecords records() {
    return records;
  }

  /**
   * The OAuth side: codes, installs, revoked tokens, counters.
   *
   * @return the helper
   */
  public SandboxOAuth oauth() {
    return oauth;
  }

  /**
   * The fault-injecting layer.
   *
   * @return the faults
   */
  public Faults faults() {
    return faults;
  }

  /**
   * The requests received.
   *
   * @return the requests
   */
  public RecordedRequests requests() {
    return requests;
  }

  /**
   * The rate limits.
   *
   * @return the limits
   */
  public RateLimits rateLimits() {
    return rateLimits;
  }

  /**
   * Forgets every record, OAuth token, code and counter, queued fault and recorded request, and restores the
   * builder's rate limit, as between two tests. The port and {@link #accessToken()} stay.
   */
  public void reset() {
    dispatcher.reset();
    faults.clear();
    requests.clear();
  }

  /** Stops the server. */
  @Override
  public void close() {
    drainer.interrupt();
    server.close();
  }

  @Override
  public String toString() {
    return "SandboxServer{baseUrl=" + baseUrl() + "}";
  }

  static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value.strip();
  }

  static void checkRateLimit(int max, Duration window) {
    if (max < 1 || window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("rateLimit needs max >= 1 and a positive window");
    }
  }

  private static Thread startDrainer(MockWebServer server) {
    // MockWebServer keeps every request for its own takeRequest(); ours are in RecordedRequests.
    Thread thread = new Thread(() -> {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          server.takeRequest();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "hoopai-sandbox-drainer");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /**
   * Configures a {@link SandboxServer}. Each setter checks its input at once.
   *
   * <pre>{@code
   * SandboxServer server = SandboxServer.builder()
   *     .rateLimit(1_000, Duration.ofSeconds(10))
   *     .oauthClient("client-id", "client-secret")
   *     .start();
   * }</pre>
   */
  public static final class Builder {
    private InetAddress host = InetAddress.getLoopbackAddress();
    private int port;
    private String accessToken = "sbx_pit_" + randomText();
    private String clientId = "sandbox-client-id";
    private String clientSecret = "sbx_secret_" + randomText();
    private String companyId = "sandboxCompany000001";
    private int rateLimitMax = DEFAULT_RATE_LIMIT_MAX;
    private Duration rateLimitWindow = DEFAULT_RATE_LIMIT_WINDOW;
    private long dailyLimit = DEFAULT_DAILY_LIMIT;
    private Duration accessTokenLifetime = Duration.ofSeconds(86_399);
    private Clock clock = Clock.systemUTC();
    private boolean recordRequests = true;
    private boolean checkResponses = Boolean.getBoolean(CHECK_RESPONSES_PROPERTY);
    private InvoiceEvents events = InvoiceEvents.NONE;

    private Builder() {
    }

    /**
     * The address to listen on: loopback by default; {@code 0.0.0.0} for every interface (no TLS and a fixed
     * token: only on a network you trust).
     *
     * @param host an IP address or a host name of this machine
     * @return this builder
     * @throws IllegalArgumentException if the name does not resolve
     */
    public Builder host(String host) {
      String name = requireText(host, "host");
      try {
        this.host = InetAddress.getByName(name);
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("host " + name + " is not an address of this machine");
      }
      return this;
    }

    /**
     * The port to listen on.
     *
     * @param port 0 (the default) for any free port, or 1 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The fixed token every location accepts; default a random one.
     *
     * @param accessToken the token
     * @return this builder
     */
    public Builder accessToken(String accessToken) {
      this.accessToken = requireText(accessToken, "accessToken");
      return this;
    }

    /**
     * The OAuth client credentials {@code /oauth/token} accepts; default a fixed id and a random secret.
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     * @return this builder
     */
    public Builder oauthClient(String clientId, String clientSecret) {
      this.clientId = requireText(clientId, "clientId");
      this.clientSecret = requireText(clientSecret, "clientSecret");
      return this;
    }

    /**
     * The agency every location belongs to.
     *
     * @param companyId default {@code sandboxCompany000001}
     * @return this builder
     */
    public Builder companyId(String companyId) {
      this.companyId = requireText(companyId, "companyId");
      return this;
    }

    /**
     * The burst limit per location.
     *
     * @param max requests per window, 1 or more; default {@value SandboxServer#DEFAULT_RATE_LIMIT_MAX}
     * @param window the window, positive; default 10 s
     * @return this builder
     */
    public Builder rateLimit(int max, Duration window) {
      checkRateLimit(max, window);
      this.rateLimitMax = max;
      this.rateLimitWindow = window;
      return this;
    }

    /**
     * The daily limit per location.
     *
     * @param max requests per UTC day, 1 or more; default {@value SandboxServer#DEFAULT_DAILY_LIMIT}
     * @return this builder
     */
    public Builder dailyLimit(long max) {
      if (max < 1) {
        throw new IllegalArgumentException("dailyLimit must be 1 or more, was " + max);
      }
      this.dailyLimit = max;
      return this;
    }

    /**
     * How long OAuth access tokens work.
     *
     * @param lifetime positive; default 86,399 s, as the API
     * @return this builder
     */
    public Builder accessTokenLifetime(Duration lifetime) {
      if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("accessTokenLifetime must be positive");
      }
      this.accessTokenLifetime = lifetime;
      return this;
    }

    /**
     * The clock for timestamps, token expiry and rate-limit windows.
     *
     * @param clock default the system clock in UTC
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Whether to keep every request for {@link SandboxServer#requests()}; off for a long-running server.
     *
     * @param record default {@code true}
     * @return this builder
     */
    public Builder recordRequests(boolean record) {
      this.recordRequests = record;
      return this;
    }

    /**
     * Whether the server checks each of its own answers against the spec and answers 500, naming the
     * problem, when one does not fit. Off by default; on when the system property
     * {@value SandboxServer#CHECK_RESPONSES_PROPERTY} is {@code true}.
     *
     * @param check whether to check
     * @return this builder
     */
    public Builder checkResponses(boolean check) {
      this.checkResponses = check;
      return this;
    }

    /**
     * Who hears every invoice state change (the sandbox sends them as signed webhooks).
     *
     * @param events the listener; default none
     * @return this builder
     */
    public Builder invoiceEvents(InvoiceEvents events) {
      this.events = Objects.requireNonNull(events, "events");
      return this;
    }

    /**
     * Starts the server.
     *
     * @return the running server
     * @throws UncheckedIOException if the port cannot be bound
     */
    public SandboxServer start() {
      try {
        return new SandboxServer(this);
      } catch (IOException e) {
        throw new UncheckedIOException("the sandbox cannot listen on port " + port, e);
      }
    }

    @Override
    public String toString() {
      return "SandboxServer.Builder{host=" + host + ", port=" + port + ", accessToken=<redacted>}";
    }

    private static String randomText() {
      byte[] bytes = new byte[18];
      new SecureRandom().nextBytes(bytes);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
  }
}
