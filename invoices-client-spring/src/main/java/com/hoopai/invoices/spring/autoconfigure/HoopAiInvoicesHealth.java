package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.oauth.AgencyLocationTokenProvider;
import com.hoopai.invoices.client.oauth.OAuthTokenProvider;
import com.hoopai.invoices.client.oauth.TokenStatus;
import com.hoopai.invoices.client.oauth.TokenStatusSummary;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The client's health, from what it already knows: the circuit breaker's state and each OAuth key's token
 * status. It sends no request, so it spends none of the API's rate limit. Boot 4 and Boot 3.5 wrap it in their
 * own indicator types.
 *
 * <p>DOWN when the circuit breaker is open, or when every token the provider holds needs the app to be
 * authorized again (nothing can be called). A location that needs reauthorization among working ones is
 * listed under {@code attention}, and the application stays UP: one customer's uninstall is not an outage.
 */
final class HoopAiInvoicesHealth {

  static final String BEAN_NAME = "hoopAiInvoicesHealthIndicator";

  /** A status code ({@code UP}, {@code DOWN}) and the details. */
  record Report(String status, Map<String, Object> details) {
  }

  private final Supplier<InvoicesClient> client;
  private final Supplier<AccessTokenProvider> tokens;

  HoopAiInvoicesHealth(Supplier<InvoicesClient> client, Supplier<AccessTokenProvider> tokens) {
    this.client = client;
    this.tokens = tokens;
  }

  Report report() {
    Map<String, Object> details = new LinkedHashMap<>();
    boolean down = false;
    InvoicesClient current = client.get();
    CircuitBreaker breaker = current == null ? null : current.circuitBreaker().orElse(null);
    if (breaker != null) {
      CircuitBreaker.State state = breaker.getState();
      details.put("circuitBreaker", Map.of("name", breaker.getName(), "state", state.name(),
          "failureRate", breaker.getMetrics().getFailureRate()));
      down = state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
    }
    AccessTokenProvider provider = tokens.get();
    OAuthTokenProvider oauth = provider instanceof AgencyLocationTokenProvider agency ? agency.agencyTokens()
        : provider instanceof OAuthTokenProvider own ? own : null;
    if (oauth == null) {
      details.put("authentication", provider == null ? "custom" : "access-token");
    } else {
      details.put("authentication", provider instanceof AgencyLocationTokenProvider ? "oauth-agency" : "oauth");
      // The provider's running summary: O(keys with a problem) per check, however many locations it serves.
      TokenStatusSummary summary = oauth.statusSummary();
      Map<TokenStatus.State, Integer> counts = new EnumMap<>(TokenStatus.State.class);
      counts.putAll(summary.counts());
      details.put("tokens", counts);
      if (!summary.attention().isEmpty()) {
        details.put("attention", summary.attention());
      }
      down |= summary.keys() > 0 && summary.count(TokenStatus.State.REAUTHORIZATION_REQUIRED) == summary.keys();
    }
    return new Report(down ? "DOWN" : "UP", details);
  }

}
