package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.HoopAiResponse;
import com.hoopai.invoices.client.errors.HoopAiConnectionException;
import com.hoopai.invoices.client.errors.HoopAiTimeoutException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Type;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * One attempt of one API call: the OkHttp request from the call's context (a fresh token each attempt),
 * logged, sent through the rate-limit governor, and the answer turned into the method's return value or a
 * typed exception. Transport failures become {@link HoopAiConnectionException}s that say whether the
 * request may have reached the server.
 */
final class OperationExchange {

  private static final MediaType JSON = MediaType.get("application/json");
  private static final byte[] EMPTY = new byte[0];

  private final RequestHeaders headers;
  private final GovernedHttpClient transport;
  private final JsonBodyDecoder decoder;
  private final ApiErrorDecoder errorDecoder;
  private final RedactingLogger logger;

  OperationExchange(RequestHeaders headers, GovernedHttpClient transport, JsonBodyDecoder decoder,
      ApiErrorDecoder errorDecoder, RedactingLogger logger) {
    this.headers = headers;
    this.transport = transport;
    this.decoder = decoder;
    this.errorDecoder = errorDecoder;
    this.logger = logger;
  }

  /**
   * Sends the call once.
   *
   * @param call the call
   * @return the decoded answer (a {@link HoopAiResponse} for a raw call), or null for an operation without one
   */
  Object execute(ApiCall call) {
    RequestPlan plan = call.plan();
    Request request = request(call);
    boolean logging = logger.enabled();
    if (logging) {
      logger.request(plan.logTag(), request, call.body(), call.tokenSent());
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = transport.execute(call.scope().http(), request, call);
      if (logging) {
        response = logger.response(plan.logTag(), response, elapsedMillis(start), call.tokenSent());
      }
    } catch (IOException e) {
      if (logging) {
        logger.failure(plan.logTag(), e, elapsedMillis(start), call.tokenSent());
      }
      throw transportFailure(e, call);
    }
    try (Response answer = response) {
      return read(answer, call);
    }
  }

  private Object read(Response response, ApiCall call) {
    RequestPlan plan = call.plan();
    int status = response.code();
    if (status < 200 || status >= 300) {
      throw errorDecoder.decode(response, call);
    }
    Type type = plan.returnType();
    Object body = type == void.class || type == Void.class ? null : decoder.decode(response, type, call);
    return call.raw()
        ? new HoopAiResponse<>(plan.operationId(), status, AnswerHeaders.asMap(response.headers()), body)
        : body;
  }

  private Request request(ApiCall call) {
    RequestPlan plan = call.plan();
    String token = headers.token(call.locationId());
    call.tokenSent(token);
    Request.Builder builder = new Request.Builder().url(call.url());
    String[] fixed = plan.staticHeaders();
    for (int i = 0; i < fixed.length; i += 2) {
      builder.header(fixed[i], fixed[i + 1]);
    }
    for (Map.Entry<String, String> extra : call.scope().options().headers().entrySet()) {
      builder.header(extra.getKey(), extra.getValue());
    }
    call.trace().addAttemptHeaders(builder::header);
    headers.apply(builder, token);
    byte[] body = call.body();
    String method = plan.httpMethod();
    RequestBody requestBody = null;
    if (body != null) {
      requestBody = RequestBody.create(body, JSON);
    } else if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
      requestBody = RequestBody.create(EMPTY, null);
    }
    return builder.method(method, requestBody).build();
  }

  private static HoopAiConnectionException transportFailure(IOException cause, ApiCall call) {
    // Only a refused or unroutable connection proves the request never left.
    boolean notSent = cause instanceof ConnectException || cause instanceof UnknownHostException
        || cause instanceof NoRouteToHostException || cause instanceof NotSentException;
    String what = cause.getClass().getSimpleName() + " on " + call.method() + " " + call.path()
        + (notSent ? " (the request was not sent)" : " (the request may have been processed)");
    if (cause instanceof SocketTimeoutException || cause instanceof InterruptedIOException) {
      return new HoopAiTimeoutException("timed out: " + what, call.method(), call.path(), !notSent,
          call.idempotent(), cause);
    }
    return new HoopAiConnectionException("connection failed: " + what, call.method(), call.path(), !notSent,
        call.idempotent(), cause);
  }

  private static long elapsedMillis(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
