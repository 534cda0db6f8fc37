package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.RateLimitInfo;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;

/**
 * The last step before the network: waits for the location's rate-limit budget, sends, and records the
 * limits the answer reports and its status (for the call's {@link CallTraces trace}).
 */
final class GovernedHttpClient {

  private final Client delegate;
  private final RateLimitGovernor governor;
  private final CallTraces traces;

  GovernedHttpClient(Client delegate, RateLimitGovernor governor, CallTraces traces) {
    this.delegate = delegate;
    this.governor = governor;
    this.traces = traces;
  }

  /**
   * Sends one request once the location's budget allows it.
   *
   * @param request the request
   * @param options timeouts
   * @param locationId the request's location, or null when it names none
   * @param trace the call it is an attempt of
   * @return the answer
   * @throws IOException when the transport fails
   */
  Response execute(Request request, Request.Options options, String locationId, CallTraces.Trace trace)
      throws IOException {
    LocationBudget budget = governor.budget(locationId);
    try {
      governor.awaitTurn(budget);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotSentException("interrupted while waiting for the rate-limit budget", e);
    }
    traces.sending(trace);
    long sent = System.nanoTime();
    Response response = delegate.execute(request, options);
    long received = System.nanoTime();
    traces.answered(trace, response.status());
    RateLimitInfo limits = RateLimitInfo.fromHeaders(response.headers()).orElse(null);
    long retryAfter = response.status() == 429 ? RetryAfter.nanos(response.headers()) : -1;
    governor.observe(budget, limits, response.status(), retryAfter, received - sent, received);
    return response;
  }
}
