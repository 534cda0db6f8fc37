package com.hoopai.invoices.client;

import com.hoopai.invoices.client.internal.ClientRuntime;
import com.hoopai.invoices.client.internal.JsonCodecs;
import com.hoopai.invoices.client.internal.Lazy;
import com.hoopai.invoices.client.internal.OkHttpThreads;
import com.hoopai.invoices.client.internal.RateLimitGovernor;
import com.hoopai.invoices.client.internal.SecureUrls;
import com.hoopai.invoices.client.ratelimit.RateLimitStore;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The settings of one {@link InvoicesClient}, copied out of its builder by {@link InvoicesClient.Builder#build()}:
 * immutable, so changing the builder afterwards never reaches a client it built, and
 * {@link InvoicesClient#newBuilder()} starts from them.
 *
 * @param httpClient the application's OkHttp client to derive from, or {@code null} for one of the client's own
 * @param userAgentSuffix text after the SDK's {@code User-Agent}, or {@code null}
 * @param retry a Resilience4j retry of the application's own, or {@code null}
 * @param circuitBreaker the circuit breaker, or {@code null}
 */
record ClientConfig(String baseUrl, String apiVersion, AccessTokenProvider tokens, Duration connectTimeout,
    Duration readTimeout, OkHttpClient httpClient, RequestLogging logging, RequestLogger logger,
    String userAgentSuffix, RetryPolicy retryPolicy, Retry retry, CircuitBreaker circuitBreaker,
    boolean paceRateLimits, CallListener callListener, RateLimitStore rateLimitStore, String rateLimitAppId,
    int maxIdleConnections, CallInterceptor callInterceptor, JsonLibrary jsonLibrary) {

  /** Whether the client builds (and so closes) its own OkHttp client. */
  boolean ownsHttpClient() {
    return httpClient == null;
  }

  /**
   * The OkHttp client of the calls: derived from the application's (sharing its pool) or new, with the
   * timeouts, and with OkHttp's own resending and redirects off.
   */
  OkHttpClient newHttpClient() {
    // Idle connections are dropped after 30 s, before servers and load balancers close them: a pooled
    // connection the far end closed is the usual cause of a failure after the request was written.
    OkHttpClient.Builder http = ownsHttpClient()
        ? OkHttpThreads.newBuilder(maxIdleConnections, 30, TimeUnit.SECONDS)
        : httpClient.newBuilder();
    return http
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .writeTimeout(readTimeout)
        // Money first: OkHttp must not resend a request on its own, nor follow a redirect.
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .build();
  }

  /** The per-location pacing these settings ask for. */
  RateLimitGovernor newGovernor() {
    return new RateLimitGovernor(paceRateLimits, rateLimitStore, rateLimitAppId, callListener);
  }

  /**
   * What the runtime is wired from. The JSON library is resolved now, so a missing one fails the build, and
   * loaded at the first call.
   */
  ClientRuntime.Settings runtimeSettings(Lazy<OkHttpClient> http, RateLimitGovernor governor) {
    return new ClientRuntime.Settings(baseUrl, apiVersion, tokens, userAgent(), http, logging, logger, governor,
        callListener, callInterceptor, retryPolicy, retry, circuitBreaker, JsonCodecs.resolve(jsonLibrary));
  }

  String userAgent() {
    String version = InvoicesClient.class.getPackage().getImplementationVersion();
    return "hoopai-invoices-jvm/" + (version == null ? "dev" : version)
        + " Java/" + System.getProperty("java.version")
        + (userAgentSuffix == null ? "" : " " + userAgentSuffix);
  }

  /** The default request logger: the {@link System.Logger} {@code com.hoopai.invoices.http} at {@code DEBUG}. */
  static RequestLogger defaultLogger() {
    System.Logger log = System.getLogger("com.hoopai.invoices.http");
    return line -> log.log(System.Logger.Level.DEBUG, line);
  }

  /** A timeout the builder accepts: positive. */
  static Duration checkTimeout(Duration timeout, String name) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + timeout);
    }
    return timeout;
  }

  /** A base URL the builder accepts, without a trailing slash (see {@link InvoicesClient.Builder#baseUrl}). */
  static String checkBaseUrl(String baseUrl) {
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

  @Override
  public String toString() {
    return "ClientConfig{baseUrl=" + baseUrl + ", apiVersion=" + apiVersion + ", tokens=<redacted>}";
  }
}
