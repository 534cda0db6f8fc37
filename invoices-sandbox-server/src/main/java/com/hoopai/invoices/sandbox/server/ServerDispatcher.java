package com.hoopai.invoices.sandbox.server;

import com.hoopai.invoices.sandbox.server.internal.SandboxDispatcher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;

/**
 * Around the API's own answers: records each request, waits the operation's delay, and answers a queued
 * fault instead of (or after) the real work.
 */
final class ServerDispatcher extends Dispatcher {

  private final SandboxDispatcher api;
  private final Faults faults;
  private final RecordedRequests requests;

  ServerDispatcher(SandboxDispatcher api, Faults faults, RecordedRequests requests) {
    this.api = api;
    this.faults = faults;
    this.requests = requests;
  }

  @Override
  public MockResponse dispatch(RecordedRequest recorded) throws InterruptedException {
    String operation = api.operationOf(recorded);
    String key = operation == null ? "" : operation;
    String body = recorded.getBody() == null ? "" : recorded.getBody().string(StandardCharsets.UTF_8);
    if (SandboxServer.TOKEN_ENDPOINT.equals(operation)) {
      api.oauth().countGrant(new SandboxRequest("POST", "/", "", Map.of(), body, null, 0).form().get("grant_type"));
    }
    requests.started(key);
    MockResponse response;
    try {
      Duration delay = faults.delayOf(key);
      if (!delay.isZero()) {
        Thread.sleep(delay.toMillis());
      }
      Fault fault = faults.poll(key);
      if (fault == null) {
        response = api.dispatch(recorded);
      } else if (fault.afterWork()) {
        response = apply(fault, api.dispatch(recorded), recorded, body);
      } else {
        response = apply(fault, null, recorded, body);
      }
    } finally {
      requests.finished(key);
    }
    int status = response.getOnResponseStart() != null ? 0 : response.getCode();
    requests.record(new SandboxRequest(recorded.getMethod(), recorded.getUrl().encodedPath(),
        recorded.getUrl().encodedQuery(), headers(recorded.getHeaders()), body, operation, status));
    return response;
  }

  /** The fault's answer; {@code real} is the server's own answer when the work was done, else null. */
  private static MockResponse apply(Fault fault, MockResponse real, RecordedRequest recorded, String body) {
    return switch (fault.kind()) {
      case STATUS -> answer(fault.status(), fault.contentType(), fault.body()).build();
      case ECHO -> answer(fault.status(), "application/json", "{\"statusCode\":" + fault.status()
          + ",\"message\":\"" + escape(echo(recorded.getHeaders().get("Authorization"), body)) + "\"}").build();
      case TRUNCATED -> (real != null ? new MockResponse.Builder(real) : answer(200, fault.contentType(), fault.body()))
          .onResponseBody(new SocketEffect.CloseSocket()).build();
      case HANG -> (real != null ? new MockResponse.Builder(real) : answer(fault.status(), fault.contentType(), fault.body()))
          .headersDelay(fault.delay().toMillis(), TimeUnit.MILLISECONDS).build();
      case DISCONNECT -> new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    };
  }

  /** What a careless server says: every field of the request, by name, with its value. */
  private static String echo(String authorization, String body) {
    StringBuilder message = new StringBuilder("Invalid parameter:");
    if (authorization != null) {
      message.append(" Authorization ").append(authorization).append(',');
    }
    new SandboxRequest("POST", "/", "", Map.of(), body, null, 0).form()
        .forEach((name, value) -> message.append(' ').append(name).append(' ').append(value).append(','));
    return message.substring(0, message.length() - 1);
  }

  private static MockResponse.Builder answer(int status, String contentType, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", contentType).body(body);
  }

  private static String escape(String text) {
    return text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static Map<String, List<String>> headers(Headers headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String name : headers.names()) {
      map.put(name, headers.values(name));
    }
    return map;
  }
}
