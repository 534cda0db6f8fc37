package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.RateLimitInfo;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last step before the network: takes the location off the request (the internal hint), waits for
 * the location's rate-limit budget, sends, and records the limits the answer reports and its status (for the
 * call's {@link CallTraces trace}).
 */
final class GovernedHttpClient implements Client {

  private final Client delegate;
  private final RateLimitGovernor governor;
  private final CallTraces traces;

  GovernedHttpClient(Client delegate, RateLimitGovernor governor, CallTraces traces) {
    this.delegate = delegate;
    this.governor = governor;
    this.traces = traces;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Collection<String> hint = request.headers().get(LocationHint.HEADER);
    String locationId = hint == null || hint.isEmpty() ? null : hint.iterator().next();
    LocationBudget budget = governor.budget(locationId);
    try {
      governor.awaitTurn(budget);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotSentException("interrupted while waiting for the rate-limit budget", e);
    }
    traces.sending();
    long sent = System.nanoTime();
    Response response = delegate.execute(withoutHint(request), options);
    long received = System.nanoTime();
    traces.answered(response.status());
    RateLimitInfo limits = RateLimitInfo.fromHeaders(response.headers()).orElse(null);
    long retryAfter = response.status() == 429 ? RetryAfter.nanos(response.headers()) : -1;
    budget.observe(limits, response.status(), retryAfter, received - sent, received);
    return response;
  }

  private static Request withoutHint(Request request) {
    if (!request.headers().containsKey(LocationHint.HEADER)) {
      return request;
    }
    Map<String, Collection<String>> headers = new LinkedHashMap<>(request.headers());
    headers.remove(LocationHint.HEADER);
    return Request.create(request.httpMethod(), request.url(), headers, request.body(), request.charset(),
        request.requestTemplate());
  }
}
