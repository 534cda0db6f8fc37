package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.CallInterceptor;
import com.hoopai.invoices.client.CallListener;
import com.hoopai.invoices.client.JsonLibrary;
import com.hoopai.invoices.client.RequestLogger;
import com.hoopai.invoices.client.RequestLogging;
import com.hoopai.invoices.client.RequestOptions;
import com.hoopai.invoices.client.RetryPolicy;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * What every view of one client shares: the pooled HTTP client, the JSON codec, the governor, the listener,
 * and each API interface's operations (read from its annotations once, on first use). Views differ only in
 * their {@link CallScope}.
 */
public final class ClientRuntime {

  private final Settings settings;
  private final HttpUrl base;
  private final String basePath;
  private final AccessTokenProvider tokens;
  private final CallTraces traces;
  private final Lazy<WireCodec> codec;
  private final CallPolicy defaultPolicy;
  private final Map<Class<?>, ApiModel> models = new ConcurrentHashMap<>();

  /**
   * Wires the shared parts.
   *
   * @param settings the client's settings
   */
  public ClientRuntime(Settings settings) {
    this.settings = settings;
    this.base = HttpUrl.get(settings.baseUrl());
    this.basePath = base.encodedPath().equals("/") ? "" : base.encodedPath();
    this.tokens = settings.tokens();
    this.traces = new CallTraces(settings.callListener(), settings.callInterceptor());
    this.codec = Lazy.of(() -> new WireCodec(settings, traces));
    this.defaultPolicy = new CallPolicy(settings.retryPolicy(), settings.retry(), settings.circuitBreaker());
  }

  /**
   * The scope of the client itself: its own options, no location.
   *
   * @return the root scope
   */
  public CallScope rootScope() {
    return new CallScope(this, RequestOptions.none(), null, defaultPolicy, settings.httpClient());
  }

  /**
   * A proxy of one generated API interface whose calls run in {@code scope}.
   *
   * @param api the interface, such as {@code InvoicesApi.class}
   * @param scope options and location of the calls
   * @param <T> its type
   * @return the thread-safe proxy
   * @throws IllegalStateException if the interface uses a Feign feature the client does not support
   */
  public <T> T proxy(Class<T> api, CallScope scope) {
    ApiModel model = models.computeIfAbsent(api, ApiModel::of);
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api},
        new ApiInvocationHandler(model, scope, false)));
  }

  Object rawProxy(ApiModel model, CallScope scope) {
    Class<?> raw = model.rawInterface();
    return Proxy.newProxyInstance(raw.getClassLoader(), new Class<?>[] {raw},
        new ApiInvocationHandler(model, scope, true));
  }

  CallPolicy policyFor(RetryPolicy policy) {
    return policy == null ? defaultPolicy : new CallPolicy(policy, null, settings.circuitBreaker());
  }

  OkHttpClient httpClient() {
    return settings.httpClient().get();
  }

  HttpUrl base() {
    return base;
  }

  String basePath() {
    return basePath;
  }

  AccessTokenProvider tokens() {
    return tokens;
  }

  CallTraces traces() {
    return traces;
  }

  OperationExchange exchange() {
    return codec.get().exchange();
  }

  JsonBodyEncoder encoder() {
    return codec.get().encoder();
  }

  String description() {
    return settings.baseUrl();
  }

  /**
   * The settings the runtime is wired from.
   *
   * @param baseUrl scheme, host, optional port and path prefix, without a trailing slash
   * @param apiVersion the {@code Version} header
   * @param tokens supplies each request's bearer token
   * @param userAgent the {@code User-Agent} header
   * @param httpClient the pooled OkHttp client, with the client's timeouts, built at the first call
   * @param logging how much to log
   * @param logger where log lines go
   * @param governor the per-location rate-limit governor
   * @param callListener hears each call's retries and end
   * @param callInterceptor wraps each call and adds headers to its attempts
   * @param retryPolicy attempts and waits
   * @param retry a Resilience4j retry of the application's own, or null
   * @param circuitBreaker the circuit breaker, or null
   * @param jsonLibrary the Jackson of the calls' JSON: {@code JACKSON_3} or {@code JACKSON_2}
   */
  public record Settings(String baseUrl, String apiVersion, AccessTokenProvider tokens, String userAgent,
      Lazy<OkHttpClient> httpClient, RequestLogging logging, RequestLogger logger, RateLimitGovernor governor,
      CallListener callListener, CallInterceptor callInterceptor, RetryPolicy retryPolicy, Retry retry, CircuitBreaker circuitBreaker,
      JsonLibrary jsonLibrary) {
  }
}
