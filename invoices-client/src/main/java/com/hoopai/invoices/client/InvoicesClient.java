package com.hoopai.invoices.client;

import com.hoopai.invoices.api.EstimateTemplatesApi;
import com.hoopai.invoices.api.EstimatesApi;
import com.hoopai.invoices.api.InvoiceSchedulesApi;
import com.hoopai.invoices.api.InvoiceTemplatesApi;
import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.client.errors.CircuitOpenException;
import com.hoopai.invoices.client.internal.CallScope;
import com.hoopai.invoices.client.internal.ClientRuntime;
import com.hoopai.invoices.client.internal.Lazy;
import com.hoopai.invoices.client.internal.OkHttpThreads;
import com.hoopai.invoices.client.internal.RateLimitGovernor;
import com.hoopai.invoices.client.ratelimit.RateLimitStore;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * The HoopAI Invoices API client: one immutable, thread-safe instance per application (or per set of
 * credentials), shared by every thread. It holds the pooled HTTP client and one proxy per API group.
 *
 * <pre>{@code
 * InvoicesClient client = InvoicesClient.builder()
 *     .accessToken(System.getenv("HOOPAI_ACCESS_TOKEN"))
 *     .build();
 * InvoicesLocationApi acme = client.forLocation(locationId).invoices();   // altId filled in
 * Invoice invoice = acme.getInvoice(invoiceId);
 * acme.listInvoicesAutoPaging(ListInvoicesParams.builder().status(InvoiceStatus.PAID).build())
 *     .forEach(i -> System.out.println(i.getInvoiceNumber()));
 * }</pre>
 *
 * <p>The HTTP client is OkHttp, with a connection pool; see {@link Builder#httpClient(OkHttpClient)}.
 * It never follows redirects, and only the client's retry policy sends a call again: never a request
 * that creates or moves money when the server may have processed it (see {@link RetryMode}). Options for
 * a view or one call: {@link #withOptions(RequestOptions)}.
 * Requests are paced per location to stay within the API's rate limit.
 */
public final class InvoicesClient implements AutoCloseable {

  /** The production API. */
  public static final String DEFAULT_BASE_URL = "https://services.leadconnectorhq.com";
  /** The {@code Version} header the API requires. */
  public static final String DEFAULT_API_VERSION = "2021-07-28";
  /** Default connect timeout. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default read timeout. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  /** Default number of idle connections kept: room for 256 concurrent callers without reconnecting. */
  public static final int DEFAULT_MAX_IDLE_CONNECTIONS = 256;
  /** By default nothing of the exchanges is logged. */
  public static final RequestLogging DEFAULT_REQUEST_LOGGING = RequestLogging.NONE;
  /** By default requests are paced per location to stay within the API's rate limit. */
  public static final boolean DEFAULT_PACE_RATE_LIMITS = true;

  private final ClientConfig config;
  private final Lazy<OkHttpClient> httpClient;
  private final boolean ownsHttpClient;
  private final RateLimitGovernor governor;
  private final ClientRuntime runtime;
  private final CallScope scope;
  // Each proxy is built on first use: building one reads every method of its interface, and most programs
  // use one or two of the five APIs, so a client starts (and makes its first call) sooner.
  private final Lazy<InvoicesApi> invoices = Lazy.of(() -> proxy(InvoicesApi.class));
  private final Lazy<InvoiceTemplatesApi> invoiceTemplates = Lazy.of(() -> proxy(InvoiceTemplatesApi.class));
  private final Lazy<InvoiceSchedulesApi> invoiceSchedules = Lazy.of(() -> proxy(InvoiceSchedulesApi.class));
  private final Lazy<EstimatesApi> estimates = Lazy.of(() -> proxy(EstimatesApi.class));
  private final Lazy<EstimateTemplatesApi> estimateTemplates = Lazy.of(() -> proxy(EstimateTemplatesApi.class));

  private InvoicesClient(ClientConfig config) {
    this.config = config;
    this.ownsHttpClient = config.ownsHttpClient();
    // Built at the first call, not here: OkHttp's TLS set-up and Jackson cost startup time.
    this.httpClient = Lazy.of(config::newHttpClient);
    this.governor = config.newGovernor();
    this.runtime = new ClientRuntime(config.runtimeSettings(httpClient, governor));
    this.scope = runtime.rootScope();
  }

  /** A view of {@code parent} whose calls run in {@code scope}; it shares everything else. */
  private InvoicesClient(InvoicesClient parent, CallScope scope) {
    this.config = parent.config;
    this.httpClient = parent.httpClient;
    this.ownsHttpClient = false;
    this.governor = parent.governor;
    this.runtime = parent.runtime;
    this.scope = scope;
  }

  /**
   * A builder with the defaults: the production base URL, {@code Version: 2021-07-28}, 10 s connect and
   * 30 s read timeouts, no request logging. An access token (or provider) is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder preset with this client's settings that shares its connection pool, for a variant such as
   * a longer read timeout or another token.
   *
   * @return a new builder
   */
  public Builder newBuilder() {
    return new Builder(config).httpClient(httpClient.get());
  }

  /**
   * Invoices, text2pay, numbering and settings.
   *
   * @return the shared, thread-safe proxy (built on first use)
   */
  public InvoicesApi invoices() {
    return invoices.get();
  }

  /**
   * Invoice templates.
   *
   * @return the shared, thread-safe proxy (built on first use)
   */
  public InvoiceTemplatesApi invoiceTemplates() {
    return invoiceTemplates.get();
  }

  /**
   * Recurring invoice schedules.
   *
   * @return the shared, thread-safe proxy (built on first use)
   */
  public InvoiceSchedulesApi invoiceSchedules() {
    return invoiceSchedules.get();
  }

  /**
   * Estimates.
   *
   * @return the shared, thread-safe proxy (built on first use)
   */
  public EstimatesApi estimates() {
    return estimates.get();
  }

  /**
   * Estimate templates.
   *
   * @return the shared, thread-safe proxy (built on first use)
   */
  public EstimateTemplatesApi estimateTemplates() {
    return estimateTemplates.get();
  }

  /**
   * This client with options (retry mode and policy, timeouts, extra headers) for every call made through
   * the returned view, over this one's. The view shares this client's connections, rate-limit governor,
   * circuit breaker and credentials; it is cheap, but keep one rather than deriving it per call. For one
   * call, pass the options as the method's last argument instead.
   *
   * <pre>{@code
   * InvoicesClient reconciling = client.withOptions(RequestOptions.builder().retryMode(RetryMode.NEVER).build());
   * reconciling.forLocation(locationId).invoices().recordInvoicePayment(invoiceId, payment);
   * }</pre>
   *
   * @param options the options
   * @return a client view with them
   */
  public InvoicesClient withOptions(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return options.isEmpty() ? this : new InvoicesClient(this, scope.with(options));
  }

  /**
   * The options of this client view.
   *
   * @return the options given to {@link #withOptions}, merged; empty for the client itself
   */
  public RequestOptions options() {
    return scope.options();
  }

  /**
   * The last rate limits the server reported for a location ({@code X-RateLimit-*}), for metrics.
   *
   * @param locationId the location
   * @return the limits, once an answer for the location carried them
   */
  public Optional<RateLimitInfo> rateLimit(String locationId) {
    return governor.lastSeen(locationId);
  }

  /**
   * The last rate limits the server reported, for every location this client holds a budget for (a location
   * idle past its window is dropped). It walks every location: for metrics use {@link #rateLimitSummary()}.
   *
   * @return an unmodifiable snapshot by location id
   */
  public Map<String, RateLimitInfo> rateLimits() {
    return governor.snapshot();
  }

  /**
   * The rate-limit state in a few running figures (lowest budgets recently reported, locations held, whether
   * the shared store is failing), for metrics: O(1), however many locations the client has called.
   *
   * <pre>{@code
   * client.rateLimitSummary().lowestRemaining().ifPresent(left -> gauge.set(left));
   * }</pre>
   *
   * @return the summary
   */
  public RateLimitSummary rateLimitSummary() {
    return governor.summary();
  }

  /**
   * The circuit breaker every attempt goes through, for health checks.
   *
   * @return the breaker, when one was given to the builder
   */
  public Optional<CircuitBreaker> circuitBreaker() {
    return Optional.ofNullable(config.circuitBreaker());
  }

  /**
   * A view of every API bound to one location: {@code altId} is filled in on every call. Cheap to
   * create; it shares this client's connections.
   *
   * @param locationId the location (sub-account) id
   * @return the view
   * @throws IllegalArgumentException if the id is null or blank
   */
  public LocationClient forLocation(String locationId) {
    return new LocationClient(this, checkLocationId(locationId));
  }

  /** A proxy of one API whose calls are bound to a location, for {@link LocationClient}. */
  <T> T boundApi(Class<T> api, String locationId) {
    return runtime.proxy(api, scope.boundTo(locationId));
  }

  private <T> T proxy(Class<T> api) {
    return runtime.proxy(api, scope);
  }

  private static String checkLocationId(String locationId) {
    if (locationId == null || locationId.isBlank()) {
      throw new IllegalArgumentException("locationId must not be null or blank");
    }
    if (locationId.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("locationId must not contain control characters");
    }
    return locationId;
  }

  /**
   * The base URL requests go to.
   *
   * @return the base URL, without a trailing slash
   */
  public String baseUrl() {
    return config.baseUrl();
  }

  /**
   * The {@code Version} header sent on every request.
   *
   * @return the API version
   */
  public String apiVersion() {
    return config.apiVersion();
  }

  /**
   * Releases the connection pool and stops every thread of the HTTP client this client built (dispatcher,
   * connection-pool cleanup, connect attempts), so a program ends as soon as it is done. An HTTP client given
   * to the builder is left alone. The client must not be used afterwards.
   */
  @Override
  public void close() {
    if (ownsHttpClient) { // views made by withOptions own nothing
      httpClient.ifBuilt(OkHttpThreads::shutdown);
    }
  }

  @Override
  public String toString() {
    return "InvoicesClient{baseUrl=" + config.baseUrl() + ", apiVersion=" + config.apiVersion() + "}";
  }

  /**
   * Configures an {@link InvoicesClient}. Each setter checks its input at once.
   *
   * <pre>{@code
   * InvoicesClient client = InvoicesClient.builder()
   *     .accessTokenProvider(myOAuthProvider)
   *     .readTimeout(Duration.ofSeconds(20))
   *     .requestLogging(RequestLogging.BASIC)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private String baseUrl = DEFAULT_BASE_URL;
    private String apiVersion = DEFAULT_API_VERSION;
    private AccessTokenProvider tokens;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private OkHttpClient httpClient;
    private RequestLogging logging = DEFAULT_REQUEST_LOGGING;
    private RequestLogger logger = ClientConfig.defaultLogger();
    private String userAgentSuffix;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Retry retry;
    private CircuitBreaker circuitBreaker;
    private boolean paceRateLimits = DEFAULT_PACE_RATE_LIMITS;
    private CallListener callListener = CallListener.NONE;
    private RateLimitStore rateLimitStore = RateLimitStore.local();
    private String rateLimitAppId = "";
    private int maxIdleConnections = DEFAULT_MAX_IDLE_CONNECTIONS;
    private CallInterceptor callInterceptor = CallInterceptor.NONE;
    private JsonLibrary jsonLibrary = JsonLibrary.AUTO;

    private Builder() {
    }

    /** A builder preset with a client's settings. */
    private Builder(ClientConfig config) {
      this.baseUrl = config.baseUrl();
      this.apiVersion = config.apiVersion();
      this.tokens = config.tokens();
      this.connectTimeout = config.connectTimeout();
      this.readTimeout = config.readTimeout();
      this.httpClient = config.httpClient();
      this.logging = config.logging();
      this.logger = config.logger();
      this.userAgentSuffix = config.userAgentSuffix();
      this.retryPolicy = config.retryPolicy();
      this.retry = config.retry();
      this.circuitBreaker = config.circuitBreaker();
      this.paceRateLimits = config.paceRateLimits();
      this.callListener = config.callListener();
      this.rateLimitStore = config.rateLimitStore();
      this.rateLimitAppId = config.rateLimitAppId();
      this.maxIdleConnections = config.maxIdleConnections();
      this.callInterceptor = config.callInterceptor();
      this.jsonLibrary = config.jsonLibrary();
    }

    /**
     * Where requests go. {@code https} is required, except for loopback hosts ({@code localhost},
     * {@code 127.0.0.1}, {@code [::1]}), where plain {@code http} is allowed for tests.
     *
     * @param baseUrl scheme, host, optional port and optional path prefix
     * @return this builder
     * @throws IllegalArgumentException if the URL is malformed, carries credentials, a query or a
     *     fragment, or uses plain http to a host that is not loopback
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = ClientConfig.checkBaseUrl(baseUrl);
      return this;
    }

    /**
     * Authenticates every request with one fixed bearer token, such as a Private Integration Token.
     *
     * @param accessToken the token, without the {@code Bearer } prefix
     * @return this builder
     * @throws IllegalArgumentException if the token is null or blank
     */
    public Builder accessToken(String accessToken) {
      this.tokens = AccessTokenProvider.of(accessToken);
      return this;
    }

    /**
     * Authenticates every request with the token the provider gives for the request's location.
     *
     * @param provider the provider, called on every request
     * @return this builder
     */
    public Builder accessTokenProvider(AccessTokenProvider provider) {
      this.tokens = Objects.requireNonNull(provider, "accessTokenProvider");
      return this;
    }

    /**
     * The {@code Version} header; change it only when HoopAI announces a new version.
     *
     * @param apiVersion the version, default {@value InvoicesClient#DEFAULT_API_VERSION}
     * @return this builder
     */
    public Builder apiVersion(String apiVersion) {
      if (apiVersion == null || apiVersion.isBlank() || apiVersion.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException("apiVersion must be a non-blank header value");
      }
      this.apiVersion = apiVersion.strip();
      return this;
    }

    /**
     * How long to wait for a connection.
     *
     * @param timeout positive; default 10 s
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = ClientConfig.checkTimeout(timeout, "connectTimeout");
      return this;
    }

    /**
     * How long to wait for each read (and write) on the connection.
     *
     * @param timeout positive; default 30 s
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = ClientConfig.checkTimeout(timeout, "readTimeout");
      return this;
    }

    /**
     * The OkHttp client to derive from, to share its connection pool or reuse its proxy, TLS or event
     * listener set-up. The SDK derives a client with {@link OkHttpClient#newBuilder()} (sharing the pool)
     * and sets its timeouts, turns redirects off and turns OkHttp's silent retries off. The given client
     * is not closed by {@link InvoicesClient#close()}.
     *
     * @param httpClient the client
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * How much of each exchange to log; {@code Authorization} is always redacted.
     *
     * @param logging the level, default {@link RequestLogging#NONE}
     * @return this builder
     */
    public Builder requestLogging(RequestLogging logging) {
      this.logging = Objects.requireNonNull(logging, "requestLogging");
      return this;
    }

    /**
     * Where request log lines go; default the {@link System.Logger} {@code com.hoopai.invoices.http} at
     * {@code DEBUG}.
     *
     * @param logger the sink
     * @return this builder
     */
    public Builder requestLogger(RequestLogger logger) {
      this.logger = Objects.requireNonNull(logger, "requestLogger");
      return this;
    }

    /**
     * Text appended to the {@code User-Agent} header, such as your application's name and version.
     *
     * @param suffix printable text
     * @return this builder
     */
    public Builder userAgentSuffix(String suffix) {
      if (suffix != null && suffix.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
        throw new IllegalArgumentException("userAgentSuffix must be printable ASCII");
      }
      this.userAgentSuffix = suffix == null || suffix.isBlank() ? null : suffix.strip();
      return this;
    }

    /**
     * How often and how long to wait before sending a failed call again. Which calls are retried is the
     * {@link RetryMode}'s business: by default money-moving calls only when the server provably did not
     * process them.
     *
     * @param retryPolicy the policy; default {@link RetryPolicy#defaults()}, {@link RetryPolicy#none()}
     *     for no retries
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Takes the number of attempts and the waits from a Resilience4j {@link Retry} of your own, such as the
     * {@code hoopai-invoices} instance of a {@code RetryRegistry} configured with
     * {@code resilience4j.retry.instances.hoopai-invoices.*}. The instance publishes its events and counts its
     * metrics for every retried call. What may be retried is still the client's rule, by idempotency and
     * {@link RetryMode}: a failure the client refuses to retry is thrown at once, and the instance's own
     * {@code retryExceptions}/{@code ignoreExceptions} can only refuse more. A {@code Retry-After} is
     * honoured up to the {@link #retryPolicy(RetryPolicy) retry policy}'s {@code maxRetryAfter}, the only part
     * of that policy still used.
     *
     * <pre>{@code
     * InvoicesClient client = InvoicesClient.builder().accessToken(token)
     *     .retry(retryRegistry.retry("hoopai-invoices"))
     *     .build();
     * }</pre>
     *
     * @param retry the instance, or {@code null} to use the retry policy alone (the default)
     * @return this builder
     */
    public Builder retry(Retry retry) {
      this.retry = retry;
      return this;
    }

    /**
     * A Resilience4j circuit breaker every attempt goes through (none by default). While it is open,
     * calls fail fast with {@link CircuitOpenException} and nothing is sent. Let it count server and
     * transport failures only, as {@link CircuitBreakerDefaults} does:
     *
     * <pre>{@code
     * CircuitBreaker breaker = CircuitBreaker.of("hoopai-invoices", CircuitBreakerDefaults.config().build());
     * }</pre>
     *
     * @param circuitBreaker the breaker, or {@code null} for none
     * @return this builder
     */
    public Builder circuitBreaker(CircuitBreaker circuitBreaker) {
      this.circuitBreaker = circuitBreaker;
      return this;
    }

    /**
     * Whether to pace requests per location so a burst stays within the API's rate limit (100 per 10 s
     * per app and location, learned from the {@code X-RateLimit-*} headers) instead of meeting 429s.
     * Other locations are never slowed. On by default.
     *
     * @param pace {@code false} to send at once and let 429s be retried
     * @return this builder
     */
    public Builder paceRateLimits(boolean pace) {
      this.paceRateLimits = pace;
      return this;
    }

    /**
     * Where requests are booked against the rate limit before they are sent. By default the budget is kept in
     * this process ({@link RateLimitStore#local()}); give a shared store (PostgreSQL or Redis, from
     * {@code hoopai-invoices-ratelimit}) when several replicas of one app call the same locations, so that
     * together they stay within HoopAI's limit. A store that fails never fails a call: the process paces by
     * itself until the store answers again. The store is not closed by {@link InvoicesClient#close()}.
     *
     * <pre>{@code
     * builder.rateLimitStore(clientId, PostgresRateLimitStore.builder(dataSource).build());
     * }</pre>
     *
     * @param appId the app whose budget is booked (its OAuth client id, say): replicas of one app share it
     * @param store the store
     * @return this builder
     */
    public Builder rateLimitStore(String appId, RateLimitStore store) {
      if (appId == null || appId.isBlank() || appId.length() > 200 || appId.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException("rateLimitStore: appId must be 1 to 200 printable characters");
      }
      this.rateLimitStore = Objects.requireNonNull(store, "rateLimitStore");
      this.rateLimitAppId = appId.strip();
      return this;
    }

    /**
     * How many idle connections the client's own pool keeps (for 30 s each). Size it for the most threads that
     * call the client at once: with fewer, connections are closed and opened again under load. Ignored when
     * {@link #httpClient(OkHttpClient)} gives a client, whose pool is used.
     *
     * @param max 1 or more; default {@value InvoicesClient#DEFAULT_MAX_IDLE_CONNECTIONS}
     * @return this builder
     */
    public Builder maxIdleConnections(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxIdleConnections must be 1 or more, was " + max);
      }
      this.maxIdleConnections = max;
      return this;
    }

    /**
     * Hears every call's retries and end, for metrics: the operation, duration, attempts, status and failure,
     * never ids or tokens. Replaces the previous listener: combine several with
     * {@link CallListener#andThen(CallListener)}.
     *
     * @param listener the listener; default {@link CallListener#NONE}
     * @return this builder
     */
    public Builder callListener(CallListener listener) {
      this.callListener = Objects.requireNonNull(listener, "callListener");
      return this;
    }

    /**
     * Wraps every call: for tracing, with headers added to each attempt. Replaces any interceptor set
     * before; combine several with {@link CallInterceptor#andThen(CallInterceptor)}.
     *
     * <pre>{@code
     * builder.callInterceptor((operationId, idempotent) -> mySpanFor(operationId));
     * }</pre>
     *
     * @param interceptor the interceptor; default {@link CallInterceptor#NONE}
     * @return this builder
     */
    public Builder callInterceptor(CallInterceptor interceptor) {
      this.callInterceptor = Objects.requireNonNull(interceptor, "callInterceptor");
      return this;
    }

    /**
     * Which Jackson reads and writes the JSON of calls. By default ({@link JsonLibrary#AUTO}) Jackson 3 when the
     * application has it (a Spring Boot 4 application does), else Jackson 2: the same rules and the same
     * bytes either way.
     *
     * <pre>{@code
     * builder.jsonLibrary(JsonLibrary.JACKSON_2);
     * }</pre>
     *
     * @param library the library; default {@link JsonLibrary#AUTO}
     * @return this builder
     */
    public Builder jsonLibrary(JsonLibrary library) {
      this.jsonLibrary = Objects.requireNonNull(library, "jsonLibrary");
      return this;
    }

    /**
     * Builds the client from a copy of this builder's settings: changing the builder afterwards does not change
     * the client, and the builder can build more clients.
     *
     * @return the client
     * @throws IllegalStateException if no access token or provider was given, or the JSON library asked for
     *     (by default: either Jackson) is not on the class path
     */
    public InvoicesClient build() {
      if (tokens == null) {
        throw new IllegalStateException(
            "an access token is required: call accessToken(...) or accessTokenProvider(...)");
      }
      return new InvoicesClient(new ClientConfig(baseUrl, apiVersion, tokens, connectTimeout, readTimeout,
          httpClient, logging, logger, userAgentSuffix, retryPolicy, retry, circuitBreaker, paceRateLimits,
          callListener, rateLimitStore, rateLimitAppId, maxIdleConnections, callInterceptor, jsonLibrary));
    }

    @Override
    public String toString() {
      return "InvoicesClient.Builder{baseUrl=" + baseUrl + ", apiVersion=" + apiVersion
          + ", accessToken=" + (tokens == null ? "none" : "<redacted>") + "}";
    }
  }
}
