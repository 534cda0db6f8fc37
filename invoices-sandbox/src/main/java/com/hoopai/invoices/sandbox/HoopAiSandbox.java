package com.hoopai.invoices.sandbox;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.sandbox.internal.WebhookSender;
import com.hoopai.invoices.sandbox.server.Faults;
import com.hoopai.invoices.sandbox.server.RateLimits;
import com.hoopai.invoices.sandbox.server.RecordedRequests;
import com.hoopai.invoices.sandbox.server.SandboxOAuth;
import com.hoopai.invoices.sandbox.server.SandboxServer;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * An in-process HoopAI Invoices API for tests and demos, with ready clients: a {@link SandboxServer} on
 * loopback (all 42 operations, state in memory per location, requests validated against the spec, the API's
 * rules, rate limits and OAuth endpoints) and the SDK clients aimed at it. Beside it: its
 * {@linkplain #records() records} as models, its {@linkplain #oauth() OAuth side}, {@linkplain #faults()
 * faults}, {@linkplain #requests() requests} and {@linkplain #webhooks() webhooks}. Thread-safe; one per test
 * class is typical (see {@link HoopAiSandboxExtension}).
 *
 * <pre>{@code
 * try (HoopAiSandbox sandbox = HoopAiSandbox.start()) {
 *   LocationClient acme = sandbox.location();             // a ready client, bound to sandbox.locationId()
 *   Invoice draft = acme.invoices().createInvoice(request);
 *   assertThat(sandbox.records().invoice(draft.getId())).get()
 *       .extracting(Invoice::getStatus).isEqualTo(InvoiceStatus.DRAFT);
 * }
 * }</pre>
 */
public final class HoopAiSandbox implements AutoCloseable {

  /** The location {@link #location()} is bound to unless the builder names another. */
  public static final String DEFAULT_LOCATION_ID = "sandboxLocation00001";
  /** The burst limit of the real API: 100 requests per 10 seconds and location. */
  public static final int DEFAULT_RATE_LIMIT_MAX = SandboxServer.DEFAULT_RATE_LIMIT_MAX;
  /** The burst window of the real API. */
  public static final Duration DEFAULT_RATE_LIMIT_WINDOW = SandboxServer.DEFAULT_RATE_LIMIT_WINDOW;
  /** The system property that turns {@link Builder#checkResponses(boolean)} on by default. */
  public static final String CHECK_RESPONSES_PROPERTY = SandboxServer.CHECK_RESPONSES_PROPERTY;
  /** The daily limit of the real API: 200,000 requests per day and location. */
  public static final long DEFAULT_DAILY_LIMIT = SandboxServer.DEFAULT_DAILY_LIMIT;

  private final String locationId;
  private final SandboxServer server;
  private final SandboxRecords records;
  private final SandboxWebhooks webhooks;
  /** Built on first use: the sandbox as a server ({@link HoopAiSandboxServer}) never needs one. */
  private InvoicesClient client;
  private boolean closed;

  private HoopAiSandbox(Builder builder) {
    this.locationId = builder.locationId;
    WebhookSender sender = new WebhookSender(builder.clock);
    if (builder.webhookUrl != null) {
      sender.target(builder.webhookUrl);
    }
    try {
      this.server = builder.server.clock(builder.clock).invoiceEvents(sender).start();
    } catch (RuntimeException e) {
      sender.close();
      throw e;
    }
    this.records = new SandboxRecords(server.records(), locationId);
    this.webhooks = new SandboxWebhooks(sender);
  }

  /**
   * Starts a sandbox with the defaults: any free port, a random access token, location
   * {@value #DEFAULT_LOCATION_ID}, the real API's rate limits.
   *
   * @return the running sandbox
   */
  public static HoopAiSandbox start() {
    return builder().start();
  }

  /**
   * A builder, to choose the port, token, location, limits or clock.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Where the sandbox listens, such as {@code http://127.0.0.1:53121}; give it to
   * {@link InvoicesClient.Builder#baseUrl(String)}.
   *
   * @return the base URL, without a trailing slash
   */
  public String baseUrl() {
    return server.baseUrl();
  }

  /**
   * The address the sandbox listens on: loopback unless {@link Builder#host(String)} chose another.
   *
   * @return the bound address
   */
  public InetAddress host() {
    return server.host();
  }

  /**
   * The port the sandbox listens on.
   *
   * @return the port
   */
  public int port() {
    return server.port();
  }

  /**
   * A token every location accepts, with every scope, for as long as the sandbox runs (like a Private
   * Integration Token).
   *
   * @return the token
   */
  public String accessToken() {
    return server.accessToken();
  }

  /**
   * The location {@link #location()} is bound to. Any other location id works too: each has its own state.
   *
   * @return the location id
   */
  public String locationId() {
    return locationId;
  }

  /**
   * A client of this sandbox, authenticated with {@link #accessToken()}; shared, closed with the sandbox.
   *
   * @return the client
   */
  public synchronized InvoicesClient client() {
    if (closed) {
      throw new IllegalStateException("the sandbox is closed");
    }
    if (client == null) {
      client = clientBuilder().build();
    }
    return client;
  }

  /**
   * {@link #client()} bound to {@link #locationId()}.
   *
   * @return the location view
   */
  public LocationClient location() {
    return client().forLocation(locationId);
  }

  /**
   * A client builder aimed at this sandbox with {@link #accessToken()}, to build a client with your own
   * settings (an {@code AccessTokenProvider}, timeouts, logging). You close what you build.
   *
   * @return a new builder
   */
  public InvoicesClient.Builder clientBuilder() {
    return InvoicesClient.builder().baseUrl(baseUrl()).accessToken(accessToken());
  }

  /**
   * The records, as the SDK's models.
   *
   * <pre>{@code
   * assertThat(sandbox.records().invoices()).singleElement().extracting(Invoice::getName).isEqualTo("March");
   * }</pre>
   *
   * @return the view
   */
  public SandboxRecords records() {
    return records;
  }

  /**
   * The OAuth side: client credentials, authorization codes, installs, revoked tokens, counters.
   *
   * <pre>{@code
   * String code = sandbox.oauth().authorizationCode(sandbox.locationId());
   * }</pre>
   *
   * @return the helper
   */
  public SandboxOAuth oauth() {
    return server.oauth();
  }

  /**
   * The fault-injecting layer: "the next call to operation X answers ...".
   *
   * <pre>{@code
   * sandbox.faults().failNext("sendInvoice", Fault.disconnect().afterTheWork());
   * }</pre>
   *
   * @return the faults
   */
  public Faults faults() {
    return server.faults();
  }

  /**
   * The requests the sandbox received, to check what your code sent.
   *
   * <pre>{@code
   * SandboxRequest sent = sandbox.requests().take(Duration.ofSeconds(1));
   * }</pre>
   *
   * @return the requests
   */
  public RecordedRequests requests() {
    return server.requests();
  }

  /**
   * The rate limits: change them while the sandbox runs, count its 429s.
   *
   * <pre>{@code
   * sandbox.rateLimits().set(5, Duration.ofSeconds(1));
   * }</pre>
   *
   * @return the limits
   */
  public RateLimits rateLimits() {
    return server.rateLimits();
  }

  /**
   * The signed webhooks the sandbox sends for invoice changes.
   *
   * <pre>{@code
   * sandbox.webhooks().url("http://127.0.0.1:" + port + "/hoopai/webhooks");
   * }</pre>
   *
   * @return the webhooks
   */
  public SandboxWebhooks webhooks() {
    return webhooks;
  }

  /**
   * Forgets every record, OAuth token and code, queued fault and recorded request, and restores the
   * builder's rate limit, as between two tests. The port, {@link #accessToken()} and webhook URL stay.
   */
  public void reset() {
    server.reset();
  }

  /** Stops the server and closes {@link #client()}; the same as {@link #close()}. */
  public void stop() {
    close();
  }

  /** Stops the server and closes {@link #client()}. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      if (client != null) {
        client.close();
      }
    }
    webhooks.close();
    server.close();
  }

  @Override
  public String toString() {
    return "HoopAiSandbox{baseUrl=" + baseUrl() + ", locationId=" + locationId + "}";
  }

  /**
   * Configures a {@link HoopAiSandbox}. Each setter checks its input at once.
   *
   * <pre>{@code
   * HoopAiSandbox sandbox = HoopAiSandbox.builder()
   *     .locationId("ve9EPM428h8vShlRW1KT")
   *     .rateLimit(5, Duration.ofSeconds(1))
   *     .start();
   * }</pre>
   */
  public static final class Builder {
    private final SandboxServer.Builder server = SandboxServer.builder();
    private String locationId = DEFAULT_LOCATION_ID;
    private Clock clock = Clock.systemUTC();
    private String webhookUrl;

    private Builder() {
    }

    /**
     * Sends signed invoice webhooks to this URL from the start (see {@link SandboxWebhooks#url(String)}).
     *
     * @param url an http(s) URL on loopback
     * @return this builder
     * @throws IllegalArgumentException if the URL is not on loopback
     */
    public Builder webhookUrl(String url) {
      WebhookSender.checkedUrl(Objects.requireNonNull(url, "webhookUrl"));
      this.webhookUrl = url.strip();
      return this;
    }

    /**
     * The address to listen on: loopback by default; {@code 0.0.0.0} (or {@code ::}) for every interface, so
     * that a client in a container or on another machine reaches it. The sandbox has no TLS and a fixed
     * token: bind it beyond loopback only on a network you trust.
     *
     * <pre>{@code
     * HoopAiSandbox.builder().host("0.0.0.0").port(8089).start();
     * }</pre>
     *
     * @param host an IP address or a host name of this machine
     * @return this builder
     * @throws IllegalArgumentException if the name does not resolve
     */
    public Builder host(String host) {
      server.host(host);
      return this;
    }

    /**
     * The port to listen on.
     *
     * @param port 0 (the default) for any free port, or 1 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      server.port(port);
      return this;
    }

    /**
     * The fixed token every location accepts; default a random one.
     *
     * @param accessToken the token
     * @return this builder
     */
    public Builder accessToken(String accessToken) {
      server.accessToken(accessToken);
      return this;
    }

    /**
     * The location {@link HoopAiSandbox#location()} is bound to.
     *
     * @param locationId default {@value HoopAiSandbox#DEFAULT_LOCATION_ID}
     * @return this builder
     */
    public Builder locationId(String locationId) {
      if (locationId == null || locationId.isBlank()) {
        throw new IllegalArgumentException("locationId must not be blank");
      }
      this.locationId = locationId.strip();
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
      server.oauthClient(clientId, clientSecret);
      return this;
    }

    /**
     * The burst limit per location.
     *
     * @param max requests per window, 1 or more; default {@value HoopAiSandbox#DEFAULT_RATE_LIMIT_MAX}
     * @param window the window, positive; default 10 s
     * @return this builder
     */
    public Builder rateLimit(int max, Duration window) {
      server.rateLimit(max, window);
      return this;
    }

    /**
     * The daily limit per location.
     *
     * @param max requests per UTC day, 1 or more; default {@value HoopAiSandbox#DEFAULT_DAILY_LIMIT}
     * @return this builder
     */
    public Builder dailyLimit(long max) {
      server.dailyLimit(max);
      return this;
    }

    /**
     * How long OAuth access tokens work.
     *
     * @param lifetime positive; default 86,399 s, as the API
     * @return this builder
     */
    public Builder accessTokenLifetime(Duration lifetime) {
      server.accessTokenLifetime(lifetime);
      return this;
    }

    /**
     * The clock for timestamps ({@code createdAt}, today's date), token expiry, rate-limit windows and
     * webhook timestamps.
     *
     * @param clock default the system clock in UTC
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Whether to keep every request for {@link HoopAiSandbox#requests()}. Turn it off for a long-running
     * server, which would otherwise hold every request in memory.
     *
     * @param record default {@code true}
     * @return this builder
     */
    public Builder recordRequests(boolean record) {
      server.recordRequests(record);
      return this;
    }

    /**
     * Whether the sandbox checks each of its own answers against the spec and answers 500, naming the
     * problem, when one does not fit: for suites that test the sandbox itself. Off by default; on when the
     * system property {@value HoopAiSandbox#CHECK_RESPONSES_PROPERTY} is {@code true}.
     *
     * @param check whether to check
     * @return this builder
     */
    public Builder checkResponses(boolean check) {
      server.checkResponses(check);
      return this;
    }

    /**
     * Starts the sandbox.
     *
     * @return the running sandbox
     * @throws java.io.UncheckedIOException if the port cannot be bound
     */
    public HoopAiSandbox start() {
      return new HoopAiSandbox(this);
    }

    @Override
    public String toString() {
      return "HoopAiSandbox.Builder{" + server + ", locationId=" + locationId + "}";
    }
  }
}
