package com.hoopai.invoices.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.CallInterceptor;
import com.hoopai.invoices.client.CallListener;
import com.hoopai.invoices.client.RequestLogger;
import com.hoopai.invoices.client.RequestLogging;
import com.hoopai.invoices.client.RetryMode;
import feign.Logger;
import feign.Request;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

/**
 * Assembles the API proxies of one client. Per request, outermost first: argument checks, the call policy
 * (retries, then the optional circuit breaker) and the 401 refresh, the {@link OperationExchange} (request
 * built from the method's {@link RequestPlan}, body encoder, headers, redacting logger, decoders), the
 * rate-limit governor, OkHttp ({@link OkHttpTransport}). The proxies are plain {@link Proxy JDK proxies}:
 * Feign's annotations describe the requests (read once by {@link RequestPlan}), and Feign's request, response,
 * logger and codec types carry them, but no Feign method handler runs.
 */
public final class FeignClients {

  private final Settings settings;
  private final ObjectMapper mapper = JsonMapperFactory.create();
  private final OperationCatalog operations = new OperationCatalog();
  private final CallTraces traces;
  private final OperationExchange exchange;

  /**
   * Wires the shared parts.
   *
   * @param settings the client's settings
   * @param httpClient the pooled OkHttp client every call goes through
   */
  public FeignClients(Settings settings, okhttp3.OkHttpClient httpClient) {
    this.settings = settings;
    this.traces = new CallTraces(settings.callListener(), settings.callInterceptor());
    this.exchange = new OperationExchange(
        settings.baseUrl(),
        new RequestHeaders(settings.tokens(), settings.apiVersion(), settings.userAgent()),
        new JsonBodyEncoder(mapper),
        new GovernedHttpClient(new OkHttpTransport(httpClient, settings.baseUrl()), settings.governor(), traces),
        new Request.Options(
            settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
            settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS,
            false),
        new JsonBodyDecoder(mapper),
        new ApiErrorDecoder(mapper, operations, ZonedDateTime::now),
        new RedactingLogger(settings.logger()),
        Logger.Level.valueOf(settings.logging().name()));
  }

  /**
   * A proxy of one generated API interface, its failed calls retried as {@code policy} and {@code mode} say.
   *
   * @param api the interface, such as {@code InvoicesApi.class}
   * @param policy retries and circuit breaker
   * @param mode which failed calls are sent again
   * @param <T> its type
   * @return the thread-safe proxy
   */
  public synchronized <T> T create(Class<T> api, CallPolicy policy, RetryMode mode) {
    operations.register(api);
    InvocationHandler handler = new TranslatingInvocationHandlerFactory(settings.tokens(), policy, mode, traces,
        exchange).create(api, settings.baseUrl());
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
  }

  /**
   * The settings the proxies are wired from.
   *
   * @param baseUrl scheme, host and optional port, without a trailing slash
   * @param apiVersion the {@code Version} header
   * @param tokens supplies each request's bearer token
   * @param connectTimeout connect timeout
   * @param readTimeout read timeout
   * @param userAgent the {@code User-Agent} header
   * @param logging how much to log
   * @param logger where log lines go
   * @param governor the per-location rate-limit governor
   * @param callListener hears each call's retries and end
   * @param callInterceptor wraps each call and adds headers to its attempts
   */
  public record Settings(String baseUrl, String apiVersion, AccessTokenProvider tokens, Duration connectTimeout,
      Duration readTimeout, String userAgent, RequestLogging logging, RequestLogger logger,
      RateLimitGovernor governor, CallListener callListener, CallInterceptor callInterceptor) {
  }
}
