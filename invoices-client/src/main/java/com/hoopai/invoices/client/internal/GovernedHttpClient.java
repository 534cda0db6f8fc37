package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.RateLimitInfo;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The last step before the network: waits for the location's rate-limit budget, sends, and records the
 * limits the answer reports and its status (for the call's {@link CallTraces trace}).
 */
final class GovernedHttpClient {

  private final RateLimitGovernor governor;
  private final CallTraces traces;

  GovernedHttpClient(RateLimitGovernor governor, CallTraces traces) {
    this.governor = governor;
    this.traces = traces;
  }

  /**
   * Sends one request once the location's budget allows it.
   *
   * @param http the OkHttp client of the call's scope (its timeouts)
   * @param request the request
   * @param call the call it is an attempt of
   * @return the answer, its body not yet read
   * @throws IOException when the transport fails
   */
  Response execute(OkHttpClient http, Request request, ApiCall call) throws IOException {
    LocationBudget budget = governor.budget(call.locationId());
    try {
      governor.awaitTurn(budget);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotSentException("interrupted while waiting for the rate-limit budget", e);
    }
    traces.sending(call.trace());
    long sent = System.nanoTime();
    Response response = http.newCall(request).execute();
    long received = System.nanoTime();
    traces.answered(call.trace(), response.code());
    RateLimitInfo limits = AnswerHeaders.rateLimit(response.headers());
    long retryAfter = response.code() == 429 ? RetryAfter.nanos(response.headers()) : -1;
    governor.observe(budget, limits, response.code(), retryAfter, received - sent, received);
    return response;
  }
}
