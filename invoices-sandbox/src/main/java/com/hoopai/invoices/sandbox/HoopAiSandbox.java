package com.hoopai.invoices.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.model.Estimate;
import com.hoopai.invoices.model.EstimateTemplate;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceSchedule;
import com.hoopai.invoices.model.InvoiceTemplate;
import com.hoopai.invoices.sandbox.internal.Collection;
import com.hoopai.invoices.sandbox.internal.NoDelayServerSocketFactory;
import com.hoopai.invoices.sandbox.internal.SandboxConfig;
import com.hoopai.invoices.sandbox.internal.SandboxDispatcher;
import com.hoopai.invoices.sandbox.internal.WebhookSender;
import com.hoopai.invoices.client.webhooks.WebhookVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * An in-process HoopAI Invoices API for tests and demos: all 42 operations on a {@link MockWebServer}
 * bound to loopback, with state in memory per location. Requests are validated against the SDK's spec and
 * answered as the API answers them (status, error body, business rules, {@code X-RateLimit-*} headers,
 * 429, {@code /oauth/token} with single-use refresh tokens). Thread-safe; one per test class is typical
 * (see {@link HoopAiSandboxExtension}).
 *
 * <pre>{@code
 * try (HoopAiSandbox sandbox = HoopAiSandbox.start()) {
 *   LocationClient acme = sandbox.location();             // a ready client, bound to sandbox.locationId()
 *   Invoice draft = acme.invoices().createInvoice(request);
 *   assertThat(sandbox.invoice(draft.getId())).get()
 *       .extracting(Invoice::getStatus).isEqualTo(InvoiceStatus.DRAFT);
 * }
 * }</pre>
 */
public final class HoopAiSandbox implements AutoCloseable {

  /** The location {@link #location()} is bound to unless the builder names another. */
  public static final String DEFAULT_LOCATION_ID = "sandboxLocation00001";
  /** The burst limit of the real API: 100 requests per 10 seconds and location. */
  public static final int DEFAULT_RATE_LIMIT_MAX = 100;
  /** The burst window of the real API. */
  public static final Duration DEFAULT_RATE_LIMIT_WINDOW = Duration.ofSeconds(10);
  /** The system property that turns {@link Builder#checkResponses(boolean)} on by default. */
  public static final String CHECK_RESPONSES_PROPERTY = "hoopai.sandbox.checkResponses";
  /** The daily limit of the real API: 200,000 requests per day and location. */
  public static final long DEFAULT_DAILY_LIMIT = 200_000;

  private final Builder settings;
  private final MockWebServer server;
  private final SandboxDispatcher dispatcher;
  /** Built on first use: the sandbox as a server ({@link HoopAiSandboxServer}) never needs one. */
  private InvoicesClient client;
  private boolean closed;
  private final ObjectMapper mapper = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  private final Thread drainer;
  private final WebhookSender webhooks;

  private HoopAiSandbox(Builder builder) throws IOException {
    Builder settings = builder.copy();
    this.settings = settings;
    SandboxConfig config = new SandboxConfig(settings.clock, settings.accessToken, settings.clientId,
        settings.clientSecret, "sandboxCompany000001", settings.rateLimitMax, settings.rateLimitWindow,
        settings.dailyLimit, settings.accessTokenLifetime, settings.checkResponses);
    this.webhooks = new WebhookSender(settings.clock);
    if (settings.webhookUrl != null) {
      webhooks.target(settings.webhookUrl);
    }
    this.dispatcher = SandboxDispatcher.create(HoopAiSandbox.class.getClassLoader(), config, webhooks);
    this.server = new MockWebServer();
    server.setDispatcher(dispatcher);
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start(settings.host, settings.port);
    this.drainer = settings.recordRequests ? null : startDrainer(server);
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
    // Bound to every interface, it is still reached here through loopback.
    String host = settings.host.isAnyLocalAddress() ? "127.0.0.1" : server.getHostName();
    return "http://" + host + ":" + server.getPort();
  }

  /**
   * The address the sandbox listens on: loopback unless {@link Builder#host(String)} chose another, such as
   * {@code 0.0.0.0} (every interface, for a client in a container).
   *
   * @return the bound address
   */
  public InetAddress host() {
    return settings.host;
  }

  /**
   * The port the sandbox listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getPort();
  }

  /**
   * A token every location accepts, with every scope, for as long as the sandbox runs (like a Private
   * Integration Token).
   *
   * @return the token
   */
  public String accessToken() {
    return settings.accessToken;
  }

  /**
   * The location {@link #location()} is bound to. Any other location id works too: each has its own state.
   *
   * @return the location id
   */
  public String locationId() {
    return settings.locationId;
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
      client = InvoicesClient.builder().baseUrl(baseUrl()).accessToken(settings.accessToken).build();
    }
    return client;
  }

  /**
   * {@link #client()} bound to {@link #locationId()}.
   *
   * @return the location view
   */
  public LocationClient location() {
    return client().forLocation(settings.locationId);
  }

  /**
   * A client builder aimed at this sandbox with {@link #accessToken()}, to build a client with your own
   * settings (an {@code AccessTokenProvider}, timeouts, logging). You close what you build.
   *
   * @return a new builder
   */
  public InvoicesClient.Builder clientBuilder() {
    return InvoicesClient.builder().baseUrl(baseUrl()).accessToken(settings.accessToken);
  }

  /**
   * Changes the burst limit from now on (every window starts afresh), to see 429s without sending
   * hundreds of requests. {@link #reset()} restores the builder's limit.
   *
   * @param max requests per window and location, 1 or more
   * @param window the window, positive
   * @return this sandbox
   */
  public HoopAiSandbox rateLimit(int max, Duration window) {
    dispatcher.rateLimit(max, window, settings.dailyLimit);
    return this;
  }

  /**
   * How many requests the sandbox answered 429 (over the burst or daily limit, each with {@code Retry-After})
   * since it started; {@link #reset()} does not clear it.
   *
   * <pre>{@code
   * assertThat(sandbox.rateLimitedCount()).isZero();   // the client paced itself
   * }</pre>
   *
   * @return the count
   */
  public long rateLimitedCount() {
    return dispatcher.rateLimitedCount();
  }

  /**
   * The OAuth client id {@code POST /oauth/token} accepts.
   *
   * @return the client id
   */
  public String oauthClientId() {
    return settings.clientId;
  }

  /**
   * The OAuth client secret {@code POST /oauth/token} accepts.
   *
   * @return the client secret
   */
  public String oauthClientSecret() {
    return settings.clientSecret;
  }

  /**
   * A single-use authorization code for {@link #locationId()}, as the redirect after an app's install
   * would carry; exchange it at {@code /oauth/token} with {@code grant_type=authorization_code}.
   *
   * @return the code
   */
  public String authorizationCode() {
    return authorizationCode(settings.locationId);
  }

  /**
   * A single-use authorization code for a location, with every invoices scope.
   *
   * @param locationId the location that installed the app
   * @return the code
   */
  public String authorizationCode(String locationId) {
    return dispatcher.issueAuthorizationCode(requireText(locationId, "locationId"), null);
  }

  /**
   * A single-use authorization code for a location with only some scopes, to see the API's 401 for a
   * missing scope.
   *
   * @param locationId the location that installed the app
   * @param scopes the scopes granted, such as {@code invoices.readonly}
   * @return the code
   */
  public String authorizationCode(String locationId, List<String> scopes) {
    return dispatcher.issueAuthorizationCode(requireText(locationId, "locationId"), List.copyOf(scopes));
  }

  /**
   * A single-use authorization code of an agency-wide install: its tokens ({@code userType: Company}) may
   * address every location, but not text2pay, which takes location tokens only.
   *
   * @return the code
   */
  public String agencyAuthorizationCode() {
    return dispatcher.issueAuthorizationCode(null, null);
  }

  /**
   * Makes every OAuth access token issued so far answer 401, as after their expiry; refresh tokens keep
   * working. {@link #accessToken()} is not affected.
   */
  public void expireAccessTokens() {
    dispatcher.expireAccessTokens();
  }

  /**
   * The invoices of {@link #locationId()}, oldest first.
   *
   * @return a snapshot
   */
  public List<Invoice> invoices() {
    return invoices(settings.locationId);
  }

  /**
   * The invoices of a location, oldest first.
   *
   * @param locationId the location
   * @return a snapshot
   */
  public List<Invoice> invoices(String locationId) {
    return records(locationId, Collection.INVOICES, Invoice.class);
  }

  /**
   * One invoice of any location.
   *
   * @param invoiceId the id
   * @return the invoice as stored now, if it exists
   */
  public Optional<Invoice> invoice(String invoiceId) {
    return Optional.ofNullable(dispatcher.record(Collection.INVOICES, requireText(invoiceId, "invoiceId")))
        .map(node -> mapper.convertValue(node, Invoice.class));
  }

  /**
   * The invoice templates of {@link #locationId()}, oldest first.
   *
   * @return a snapshot
   */
  public List<InvoiceTemplate> invoiceTemplates() {
    return records(settings.locationId, Collection.INVOICE_TEMPLATES, InvoiceTemplate.class);
  }

  /**
   * The recurring invoice schedules of {@link #locationId()}, oldest first, with the invoices they issued.
   *
   * @return a snapshot
   */
  public List<InvoiceSchedule> invoiceSchedules() {
    return records(settings.locationId, Collection.INVOICE_SCHEDULES, InvoiceSchedule.class);
  }

  /**
   * The estimates of {@link #locationId()}, oldest first.
   *
   * @return a snapshot
   */
  public List<Estimate> estimates() {
    return records(settings.locationId, Collection.ESTIMATES, Estimate.class);
  }

  /**
   * The estimate templates of {@link #locationId()}, oldest first.
   *
   * @return a snapshot
   */
  public List<EstimateTemplate> estimateTemplates() {
    return records(settings.locationId, Collection.ESTIMATE_TEMPLATES, EstimateTemplate.class);
  }

  /**
   * The next request the sandbox received (in arrival order), to check what your code sent.
   *
   * @param timeout how long to wait for one
   * @return the request, or {@code null} if none came in time
   * @throws IllegalStateException if the builder turned recording off
   */
  public RecordedRequest takeRequest(Duration timeout) {
    if (drainer != null) {
      throw new IllegalStateException("this sandbox does not record requests (Builder.recordRequests(false))");
    }
    try {
      return server.takeRequest(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * How many requests the sandbox has received since it started.
   *
   * @return the count
   */
  public int requestCount() {
    return server.getRequestCount();
  }

  /**
   * Forgets every record, OAuth token and code and recorded request, and restores the builder's rate
   * limit, as between two tests. The port and {@link #accessToken()} stay.
   */
  public void reset() {
    dispatcher.reset();
    if (drainer == null) {
      while (takeRequest(Duration.ZERO) != null) {
        // Drop what the last test left.
      }
    }
  }

  /**
   * Sends a signed webhook to this URL for every invoice state change from now on: {@code InvoiceCreate},
   * {@code InvoiceUpdate}, {@code InvoiceSent}, {@code InvoicePartiallyPaid}, {@code InvoicePaid},
   * {@code InvoiceVoid}, {@code InvoiceDelete}, each with {@code type}, {@code locationId},
   * {@code timestamp} (the sandbox's clock) and {@code webhookId}, signed with the sandbox's test keys
   * ({@link #webhookVerifierBuilder()}) in {@code x-ghl-signature} (Ed25519) and {@code x-wh-signature}
   * (RSA). Events are sent in order from a background thread: the API call is never slowed or failed by
   * them, and nothing is retried. {@link #reset()} keeps the URL.
   *
   * <pre>{@code
   * sandbox.webhookUrl("http://127.0.0.1:" + port + "/hoopai/webhooks");
   * }</pre>
   *
   * @param url an http(s) URL on loopback, or {@code null} to stop sending
   * @return this sandbox
   * @throws IllegalArgumentException if the URL is not on loopback
   */
  public HoopAiSandbox webhookUrl(String url) {
    webhooks.target(url);
    return this;
  }

  /**
   * Where webhooks go.
   *
   * @return the URL, empty when none is set
   */
  public Optional<String> webhookUrl() {
    return Optional.ofNullable(webhooks.target());
  }

  /**
   * The public key of the sandbox's Ed25519 webhook signatures, base64 X.509, for
   * {@code hoopai.invoices.webhooks.ed25519-keys} or {@link WebhookVerifier.Builder#ed25519Keys}.
   *
   * @return the key
   */
  public String webhookPublicKey() {
    return webhooks.signer().ed25519PublicKey();
  }

  /**
   * The public key of the sandbox's RSA webhook signatures, PEM.
   *
   * @return the key
   */
  public String webhookRsaPublicKey() {
    return webhooks.signer().rsaPublicKeyPem();
  }

  /**
   * A verifier builder that trusts the sandbox's webhook keys (and only them).
   *
   * <pre>{@code
   * WebhookVerifier verifier = sandbox.webhookVerifierBuilder().build();
   * }</pre>
   *
   * @return a new builder
   */
  public WebhookVerifier.Builder webhookVerifierBuilder() {
    return webhooks.signer().verifierBuilder();
  }

  /**
   * Waits until every webhook of the changes made so far was sent (answered or failed).
   *
   * @param timeout how long to wait at most
   * @return true if they all were
   * @throws InterruptedException if interrupted
   */
  public boolean awaitWebhooks(Duration timeout) throws InterruptedException {
    return webhooks.await(timeout);
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
    if (drainer != null) {
      drainer.interrupt();
    }
    server.close();
  }

  @Override
  public String toString() {
    return "HoopAiSandbox{baseUrl=" + baseUrl() + ", locationId=" + settings.locationId + "}";
  }

  private <T> List<T> records(String locationId, Collection kind, Class<T> type) {
    return dispatcher.records(requireText(locationId, "locationId"), kind).stream()
        .map(node -> mapper.convertValue(node, type))
        .toList();
  }

  private static Thread startDrainer(MockWebServer server) {
    // MockWebServer keeps every request for takeRequest(); a long-running server must let them go.
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

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value.strip();
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
    private InetAddress host = InetAddress.getLoopbackAddress();
    private int port;
    private String accessToken = "sbx_pit_" + randomText();
    private String locationId = DEFAULT_LOCATION_ID;
    private String clientId = "sandbox-client-id";
    private String clientSecret = "sbx_secret_" + randomText();
    private int rateLimitMax = DEFAULT_RATE_LIMIT_MAX;
    private Duration rateLimitWindow = DEFAULT_RATE_LIMIT_WINDOW;
    private long dailyLimit = DEFAULT_DAILY_LIMIT;
    private Duration accessTokenLifetime = Duration.ofSeconds(86_399);
    private Clock clock = Clock.systemUTC();
    private boolean recordRequests = true;
    private boolean checkResponses = Boolean.getBoolean(CHECK_RESPONSES_PROPERTY);
    private String webhookUrl;

    private Builder() {
    }

    /**
     * Sends signed invoice webhooks to this URL from the start (see {@link HoopAiSandbox#webhookUrl(String)}).
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
      String name = requireText(host, "host");
      try {
        this.host = InetAddress.getByName(name);
      } catch (java.net.UnknownHostException e) {
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
     * The location {@link HoopAiSandbox#location()} is bound to.
     *
     * @param locationId default {@value HoopAiSandbox#DEFAULT_LOCATION_ID}
     * @return this builder
     */
    public Builder locationId(String locationId) {
      this.locationId = requireText(locationId, "locationId");
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
     * The burst limit per location.
     *
     * @param max requests per window, 1 or more; default {@value HoopAiSandbox#DEFAULT_RATE_LIMIT_MAX}
     * @param window the window, positive; default 10 s
     * @return this builder
     */
    public Builder rateLimit(int max, Duration window) {
      if (max < 1 || window == null || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("rateLimit needs max >= 1 and a positive window");
      }
      this.rateLimitMax = max;
      this.rateLimitWindow = window;
      return this;
    }

    /**
     * The daily limit per location.
     *
     * @param max requests per UTC day, 1 or more; default {@value HoopAiSandbox#DEFAULT_DAILY_LIMIT}
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
     * The clock for timestamps ({@code createdAt}, today's date), token expiry and rate-limit windows.
     *
     * @param clock default the system clock in UTC
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Whether to keep every request for {@link HoopAiSandbox#takeRequest(Duration)}. Turn it off for a
     * long-running server, which would otherwise hold every request in memory.
     *
     * @param record default {@code true}
     * @return this builder
     */
    public Builder recordRequests(boolean record) {
      this.recordRequests = record;
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
      this.checkResponses = check;
      return this;
    }

    /**
     * Starts the sandbox.
     *
     * @return the running sandbox
     * @throws UncheckedIOException if the port cannot be bound
     */
    public HoopAiSandbox start() {
      try {
        return new HoopAiSandbox(this);
      } catch (IOException e) {
        throw new UncheckedIOException("the sandbox cannot listen on port " + port, e);
      }
    }

    private Builder copy() {
      Builder copy = new Builder();
      copy.host = host;
      copy.port = port;
      copy.accessToken = accessToken;
      copy.locationId = locationId;
      copy.clientId = clientId;
      copy.clientSecret = clientSecret;
      copy.rateLimitMax = rateLimitMax;
      copy.rateLimitWindow = rateLimitWindow;
      copy.dailyLimit = dailyLimit;
      copy.accessTokenLifetime = accessTokenLifetime;
      copy.clock = clock;
      copy.recordRequests = recordRequests;
      copy.checkResponses = checkResponses;
      copy.webhookUrl = webhookUrl;
      return copy;
    }

    @Override
    public String toString() {
      return "HoopAiSandbox.Builder{port=" + port + ", locationId=" + locationId + ", accessToken=<redacted>}";
    }

    private static String randomText() {
      byte[] bytes = new byte[18];
      new SecureRandom().nextBytes(bytes);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
  }
}
