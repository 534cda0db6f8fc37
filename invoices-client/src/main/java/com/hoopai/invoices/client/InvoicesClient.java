package com.hoopai.invoices.client;

import com.hoopai.invoices.api.EstimateTemplatesApi;
import com.hoopai.invoices.api.EstimatesApi;
import com.hoopai.invoices.api.InvoiceSchedulesApi;
import com.hoopai.invoices.api.InvoiceTemplatesApi;
import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.client.internal.CallPolicy;
import com.hoopai.invoices.client.internal.FeignClients;
import com.hoopai.invoices.client.internal.Lazy;
import com.hoopai.invoices.client.internal.RateLimitGovernor;
import com.hoopai.invoices.client.internal.SecureUrls;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The HoopAI Invoices API client: one immutable, thread-safe instance per application (or per set of
 * credentials), shared by every thread. It holds the pooled HTTP client and one proxy per API group.
 *
 * <pre>{@code
 * InvoicesClient client = InvoicesClient.builder()
 *     .accessToken(System.getenv("HOOPAI_ACCESS_TOKEN"))
 *     .build();
 * Invoice invoice = client.invoices().getInvoice(locationId, invoiceId);
 *
 * InvoicesLocationApi acme = client.forLocation(locationId).invoices();   // altId filled in
 * acme.listInvoicesAutoPaging(null, null, null, null, null, null, null, null, 100)
 *     .forEach(i -> System.out.println(i.getInvoiceNumber()));
 * }</pre>
 *
 * <p>The HTTP client is OkHttp, with a connection pool; see {@link Builder#httpClient(OkHttpClient)}.
 * It never follows redirects, and only the client's retry policy sends a call again: never a request
 * that creates or moves money when the server may have processed it (see {@link RetryMode}).
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

  private final Builder settings;
  private final Lazy<OkHttpClient> httpClient;
  private final boolean ownsHttpClient;
  private final Lazy<FeignClients> feign;
  private final RateLimitGovernor governor;
  private final CallPolicy callPolicy;
  private final RetryMode retryMode;
  private final Map<RetryMode, InvoicesClient> retryModeViews;
  private final ApiProxy<InvoicesApi> invoices;
  private final ApiProxy<InvoiceTemplatesApi> invoiceTemplates;
  private final ApiProxy<InvoiceSchedulesApi> invoiceSchedules;
  private final ApiProxy<EstimatesApi> estimates;
  private final ApiProxy<EstimateTemplatesApi> estimateTemplates;

  private InvoicesClient(Builder builder) {
    this.settings = builder.copy();
    this.ownsHttpClient = builder.httpClient == null;
    Builder frozen = this.settings;
    this.governor = new RateLimitGovernor(frozen.paceRateLimits);
    // Built at the first call, not here: OkHttp's TLS set-up and Jackson cost hundreds of milliseconds of startup.
    this.httpClient = Lazy.of(() -> configure(ownsHttpClient ? defaultHttpClient() : frozen.httpClient.newBuilder(),
        frozen));
    this.feign = Lazy.of(() -> new FeignClients(new FeignClients.Settings(
        frozen.baseUrl, frozen.apiVersion, frozen.tokens, frozen.connectTimeout, frozen.readTimeout,
        frozen.userAgent(), frozen.logging, frozen.logger, governor, frozen.callListener, frozen.callInterceptor), httpClient.get()));
    this.callPolicy = new CallPolicy(builder.retryPolicy, builder.retry, builder.circuitBreaker);
    this.retryMode = RetryMode.DEFAULT;
    this.retryModeViews = new EnumMap<>(RetryMode.class);
    this.invoices = new ApiProxy<>(InvoicesApi.class, callPolicy, retryMode);
    this.invoiceTemplates = new ApiProxy<>(InvoiceTemplatesApi.class, callPolicy, retryMode);
    this.invoiceSchedules = new ApiProxy<>(InvoiceSchedulesApi.class, callPolicy, retryMode);
    this.estimates = new ApiProxy<>(EstimatesApi.class, callPolicy, retryMode);
    this.estimateTemplates = new ApiProxy<>(EstimateTemplatesApi.class, callPolicy, retryMode);
  }

  /** A view of {@code parent} whose calls are retried as told; it shares everything else. */
  private InvoicesClient(InvoicesClient parent, Builder settings, CallPolicy policy, RetryMode mode,
      Map<RetryMode, InvoicesClient> views) {
    this.settings = settings;
    this.httpClient = parent.httpClient;
    this.ownsHttpClient = false;
    this.feign = parent.feign;
    this.governor = parent.governor;
    this.callPolicy = policy;
    this.retryMode = mode;
    this.retryModeViews = views;
    this.invoices = new ApiProxy<>(InvoicesApi.class, policy, mode);
    this.invoiceTemplates = new ApiProxy<>(InvoiceTemplatesApi.class, policy, mode);
    this.invoiceSchedules = new ApiProxy<>(InvoiceSchedulesApi.class, policy, mode);
    this.estimates = new ApiProxy<>(EstimatesApi.class, policy, mode);
    this.estimateTemplates = new ApiProxy<>(EstimateTemplatesApi.class, policy, mode);
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
    Builder builder = settings.copy();
    builder.httpClient = httpClient.get();
    return builder;
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
   * This client with other retry rules, for the calls that need them: {@link RetryMode#NEVER} for a caller
   * that reconciles by itself, {@link RetryMode#ALWAYS} for one that vouches every call is safe to
   * repeat. It shares this client's connections, rate-limit governor and credentials; views are built
   * once per mode and cached, so calling this per request is cheap.
   *
   * <pre>{@code
   * client.withRetryMode(RetryMode.NEVER).invoices().recordInvoicePayment(invoiceId, payment);
   * }</pre>
   *
   * @param mode which failed calls are sent again
   * @return a client view with that mode
   */
  public InvoicesClient withRetryMode(RetryMode mode) {
    Objects.requireNonNull(mode, "mode");
    if (mode == retryMode) {
      return this;
    }
    synchronized (retryModeViews) {
      return retryModeViews.computeIfAbsent(mode,
          m -> new InvoicesClient(this, settings, callPolicy, m, retryModeViews));
    }
  }

  /**
   * This client with another retry policy (attempts, backoff, caps), for the calls that need it. It
   * shares this client's connections, rate-limit governor, circuit breaker and credentials. Building a
   * view creates new proxies: keep it rather than building one per call.
   *
   * <pre>{@code
   * InvoicesClient patient = client.withRetryPolicy(RetryPolicy.builder().maxAttempts(6).build());
   * }</pre>
   *
   * @param policy the retry policy of the view
   * @return a client view with that policy
   */
  public InvoicesClient withRetryPolicy(RetryPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    Builder viewSettings = settings.copy();
    viewSettings.retryPolicy = policy;
    viewSettings.retry = null;
    return new InvoicesClient(this, viewSettings, new CallPolicy(policy, settings.circuitBreaker), retryMode,
        new EnumMap<>(RetryMode.class));
  }

  /**
   * Which failed calls this client sends again.
   *
   * @return the retry mode
   */
  public RetryMode retryMode() {
    return retryMode;
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
   * The last rate limits the server reported, for every location this client has called.
   *
   * @return an unmodifiable snapshot by location id
   */
  public Map<String, RateLimitInfo> rateLimits() {
    return governor.snapshot();
  }

  /**
   * The circuit breaker every attempt goes through, for health checks.
   *
   * @return the breaker, when one was given to the builder
   */
  public Optional<CircuitBreaker> circuitBreaker() {
    return Optional.ofNullable(settings.circuitBreaker);
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
    return new LocationClient(this, locationId);
  }

  /**
   * The base URL requests go to.
   *
   * @return the base URL, without a trailing slash
   */
  public String baseUrl() {
    return settings.baseUrl;
  }

  /**
   * The {@code Version} header sent on every request.
   *
   * @return the API version
   */
  public String apiVersion() {
    return settings.apiVersion;
  }

  /**
   * Releases the connection pool and threads of the HTTP client this client built. An HTTP client given
   * to the builder is left alone. The client must not be used afterwards.
   */
  @Override
  public void close() {
    if (ownsHttpClient) { // views made by withRetryMode own nothing
      httpClient.ifBuilt(http -> {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
      });
    }
  }

  @Override
  public String toString() {
    return "InvoicesClient{baseUrl=" + settings.baseUrl + ", apiVersion=" + settings.apiVersion + "}";
  }

  private static OkHttpClient.Builder defaultHttpClient() {
    // Idle connections are dropped after 30 s, before servers and load balancers close them: a pooled
    // connection the far end closed is the usual cause of a failure after the request was written.
    return new OkHttpClient.Builder().connectionPool(new ConnectionPool(16, 30, TimeUnit.SECONDS));
  }

  private static OkHttpClient configure(OkHttpClient.Builder http, Builder settings) {
    return http
        .connectTimeout(settings.connectTimeout)
        .readTimeout(settings.readTimeout)
        .writeTimeout(settings.readTimeout)
        // Money first: OkHttp must not resend a request on its own, nor follow a redirect.
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .build();
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
    private RequestLogging logging = RequestLogging.NONE;
    private RequestLogger logger = defaultLogger();
    private String userAgentSuffix;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Retry retry;
    private CircuitBreaker circuitBreaker;
    private boolean paceRateLimits = true;
    private CallListener callListener = CallListener.NONE;
    private CallInterceptor callInterceptor = CallInterceptor.NONE;

    private Builder() {
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
      this.baseUrl = checkBaseUrl(baseUrl);
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
      this.connectTimeout = checkTimeout(timeout, "connectTimeout");
      return this;
    }

    /**
     * How long to wait for each read (and write) on the connection.
     *
     * @param timeout positive; default 30 s
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = checkTimeout(timeout, "readTimeout");
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
     * transport failures only:
     *
     * <pre>{@code
     * CircuitBreaker breaker = CircuitBreaker.of("hoopai-invoices", CircuitBreakerConfig.custom()
     *     .recordException(e -> e instanceof ServerErrorException || e instanceof HoopAiConnectionException)
     *     .build());
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
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if no access token or provider was given
     */
    public InvoicesClient build() {
      if (tokens == null) {
        throw new IllegalStateException(
            "an access token is required: call accessToken(...) or accessTokenProvider(...)");
      }
      return new InvoicesClient(this);
    }

    @Override
    public String toString() {
      return "InvoicesClient.Builder{baseUrl=" + baseUrl + ", apiVersion=" + apiVersion
          + ", accessToken=" + (tokens == null ? "none" : "<redacted>") + "}";
    }

    String userAgent() {
      String version = InvoicesClient.class.getPackage().getImplementationVersion();
      return "hoopai-invoices-jvm/" + (version == null ? "dev" : version)
          + " Java/" + System.getProperty("java.version")
          + (userAgentSuffix == null ? "" : " " + userAgentSuffix);
    }

    private Builder copy() {
      Builder copy = new Builder();
      copy.baseUrl = baseUrl;
      copy.apiVersion = apiVersion;
      copy.tokens = tokens;
      copy.connectTimeout = connectTimeout;
      copy.readTimeout = readTimeout;
      copy.httpClient = httpClient;
      copy.logging = logging;
      copy.logger = logger;
      copy.userAgentSuffix = userAgentSuffix;
      copy.retryPolicy = retryPolicy;
      copy.retry = retry;
      copy.circuitBreaker = circuitBreaker;
      copy.paceRateLimits = paceRateLimits;
      copy.callListener = callListener;
      copy.callInterceptor = callInterceptor;
      return copy;
    }

    private static RequestLogger defaultLogger() {
      System.Logger log = System.getLogger("com.hoopai.invoices.http");
      return line -> log.log(System.Logger.Level.DEBUG, line);
    }

    private static Duration checkTimeout(Duration timeout, String name) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + timeout);
      }
      return timeout;
    }

    private static String checkBaseUrl(String baseUrl) {
      HttpUrl url = SecureUrls.checked(baseUrl, "baseUrl");
      if (url.query() != null) {
        throw new IllegalArgumentException("baseUrl must not have a query or a fragment");
      }
      String text = url.toString();
      while (text.endsWith("/")) {
        text = text.substring(0, text.length() - 1);
      }
      return text;
    }
  }

  /**
   * One API's proxy, built on first use: building a proxy reads every method of its interface, and most
   * programs use one or two of the five APIs, so a client starts (and makes its first call) sooner.
   */
  private final class ApiProxy<T> {
    private final Class<T> api;
    private final CallPolicy policy;
    private final RetryMode mode;
    private volatile T proxy;

    ApiProxy(Class<T> api, CallPolicy policy, RetryMode mode) {
      this.api = api;
      this.policy = policy;
      this.mode = mode;
    }

    T get() {
      T built = proxy;
      if (built == null) {
        synchronized (this) {
          built = proxy;
          if (built == null) {
            built = feign.get().create(api, policy, mode);
            proxy = built;
          }
        }
      }
      return built;
    }
  }
}
