package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * Writes a reply as the API sends it: status line, the {@code X-RateLimit-*} headers of the request's usage
 * ({@code Retry-After} when limited), the JSON body; and, for suites that test the sandbox itself, checks it
 * against the spec first (an answer off-spec becomes a 500 naming the problem).
 */
final class Answers {

  private static final System.Logger LOG = System.getLogger(SandboxDispatcher.class.getName());
  private static final Map<Integer, String> REASONS = Map.of(200, "OK", 201, "Created", 400, "Bad Request",
      401, "Unauthorized", 403, "Forbidden", 404, "Not Found", 422, "Unprocessable Entity",
      429, "Too Many Requests", 500, "Internal Server Error");

  private final ObjectMapper mapper;
  private final ResponseChecker checker;

  Answers(ObjectMapper mapper, ResponseChecker checker) {
    this.mapper = mapper;
    this.checker = checker;
  }

  MockResponse respond(Reply reply, RateLimiter.Usage usage, Router.Match match) {
    List<String[]> headers = new ArrayList<>();
    if (usage != null) {
      headers.add(new String[] {"X-RateLimit-Max", String.valueOf(usage.max())});
      headers.add(new String[] {"X-RateLimit-Remaining", String.valueOf(usage.remaining())});
      headers.add(new String[] {"X-RateLimit-Interval-Milliseconds", String.valueOf(usage.intervalMillis())});
      headers.add(new String[] {"X-RateLimit-Limit-Daily", String.valueOf(usage.dailyLimit())});
      headers.add(new String[] {"X-RateLimit-Daily-Remaining", String.valueOf(usage.dailyRemaining())});
      if (usage.limited()) {
        headers.add(new String[] {"Retry-After", String.valueOf(usage.retryAfterSeconds())});
      }
    }
    String body = reply.body() == null ? null : write(reply.body());
    int status = reply.status();
    if (checker != null && match != null) {
      List<String> problems = checker.problems(match.route().method(), match.route().expand(match.variables()),
          status, headers, body);
      if (!problems.isEmpty()) {
        LOG.log(System.Logger.Level.WARNING, "sandbox answer off-spec: " + problems + " " + body);
        status = 500;
        body = write(mapper.createObjectNode().put("statusCode", 500)
            .put("message", "The sandbox answered " + reply.status() + " off-spec: " + problems));
      }
    }
    MockResponse.Builder response = new MockResponse.Builder()
        .status("HTTP/1.1 " + status + " " + REASONS.getOrDefault(status, "Error"));
    headers.forEach(header -> response.addHeader(header[0], header[1]));
    if (body != null) {
      response.addHeader("Content-Type", "application/json; charset=utf-8").body(body);
    }
    return response.build();
  }

  private String write(JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
