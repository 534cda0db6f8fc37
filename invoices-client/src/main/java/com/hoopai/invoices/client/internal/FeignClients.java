package com.hoopai.invoices.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.RequestLogger;
import com.hoopai.invoices.client.RequestLogging;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

/**
 * Assembles the Feign proxies of one client: one encoder, decoder, error decoder, headers interceptor and
 * redacting logger shared by all of them, Feign's own retryer off (retries belong to one owner, above
 * Feign), and every call wrapped so only the client's exceptions come out.
 */
public final class FeignClients {

  private final Feign feign;
  private final String baseUrl;

  /**
   * Wires the shared parts.
   *
   * @param settings the client's settings
   * @param httpClient the pooled OkHttp client every call goes through
   */
  public FeignClients(Settings settings, okhttp3.OkHttpClient httpClient) {
    ObjectMapper mapper = JsonMapperFactory.create();
    this.baseUrl = settings.baseUrl();
    this.feign = Feign.builder()
        .client(new feign.okhttp.OkHttpClient(httpClient))
        .encoder(new JsonBodyEncoder(mapper))
        .decoder(new JsonBodyDecoder(mapper))
        .errorDecoder(new ApiErrorDecoder(mapper, ZonedDateTime::now))
        .retryer(Retryer.NEVER_RETRY)
        .options(new Request.Options(
            settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
            settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS,
            false))
        .requestInterceptor(new RequestHeadersInterceptor(
            settings.tokens(), settings.apiVersion(), settings.userAgent()))
        .logger(new RedactingLogger(settings.logger()))
        .logLevel(Logger.Level.valueOf(settings.logging().name()))
        .invocationHandlerFactory(new TranslatingInvocationHandlerFactory(settings.tokens()))
        .build();
  }

  /**
   * A proxy of one generated API interface.
   *
   * @param api the interface, such as {@code InvoicesApi.class}
   * @param <T> its type
   * @return the thread-safe proxy
   */
  public <T> T create(Class<T> api) {
    return feign.newInstance(new feign.Target.HardCodedTarget<>(api, baseUrl));
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
   */
  public record Settings(String baseUrl, String apiVersion, AccessTokenProvider tokens, Duration connectTimeout,
      Duration readTimeout, String userAgent, RequestLogging logging, RequestLogger logger) {
  }
}
