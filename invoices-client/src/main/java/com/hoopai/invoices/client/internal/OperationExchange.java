package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.HoopAiException;
import feign.FeignException;
import feign.Logger;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * One attempt of one API call: builds the request from its {@link RequestPlan}, logs it, sends it through
 * the rate-limit governor, and turns the answer into the method's return value or its exception. It does
 * what Feign's own method handler does, with the same exceptions (a transport failure is a
 * {@link RetryableException}, an unreadable success body a {@link DecodeException}, an error status what the
 * {@link ErrorDecoder} makes of it), minus Feign's per-call template expansion.
 */
final class OperationExchange {

  private final String baseUrl;
  private final RequestHeaders headers;
  private final JsonBodyEncoder encoder;
  private final GovernedHttpClient transport;
  private final Request.Options options;
  private final Decoder decoder;
  private final ErrorDecoder errorDecoder;
  private final RedactingLogger logger;
  private final Logger.Level level;

  OperationExchange(String baseUrl, RequestHeaders headers, JsonBodyEncoder encoder, GovernedHttpClient transport,
      Request.Options options, Decoder decoder, ErrorDecoder errorDecoder, RedactingLogger logger,
      Logger.Level level) {
    this.baseUrl = baseUrl;
    this.headers = headers;
    this.encoder = encoder;
    this.transport = transport;
    this.options = options;
    this.decoder = decoder;
    this.errorDecoder = errorDecoder;
    this.logger = logger;
    this.level = level;
  }

  /**
   * Sends the call once.
   *
   * @param plan the method's plan
   * @param args its arguments, already checked
   * @param trace the call this is an attempt of
   * @return the decoded answer, or null for a method without one
   * @throws Exception as described on the class
   */
  Object execute(RequestPlan plan, Object[] args, CallTraces.Trace trace) throws Exception {
    String locationId = plan.locationId(args);
    Object bodyArgument = plan.body(args);
    byte[] body = bodyArgument == null ? null : encoder.encode(bodyArgument);
    Request request = plan.request(baseUrl, args, trace.attemptHeaders(headers.forLocation(locationId)), body);
    boolean logging = level != Logger.Level.NONE;
    if (logging) {
      logger.request(plan.configKey(), level, request);
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = transport.execute(request, options, locationId, trace);
    } catch (IOException e) {
      if (logging) {
        logger.failure(plan.configKey(), level, e, elapsedMillis(start));
      }
      throw new RetryableException(-1, e.getMessage() + " executing " + request.httpMethod() + " " + request.url(),
          request.httpMethod(), e, (Long) null, request);
    }
    if (logging) {
      response = logger.response(plan.configKey(), level, response, elapsedMillis(start));
    }
    return read(plan, request, response);
  }

  private Object read(RequestPlan plan, Request request, Response response) throws Exception {
    try (response) {
      int status = response.status();
      if (status < 200 || status >= 300) {
        throw errorDecoder.decode(plan.configKey(), response);
      }
      if (plan.returnType() == void.class || plan.returnType() == Void.class) {
        return null;
      }
      try {
        return decoder.decode(response, plan.returnType());
      } catch (HoopAiException | FeignException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new DecodeException(status, e.getMessage(), request, e);
      } catch (IOException e) {
        throw new DecodeException(status, e.getMessage() + " reading " + request.httpMethod() + " " + request.url(),
            request, e);
      }
    }
  }

  private static long elapsedMillis(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
