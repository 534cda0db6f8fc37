package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.client.CallEvent;
import com.hoopai.invoices.client.CallListener;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.RateLimitSummary;
import com.hoopai.invoices.client.oauth.OAuthException;
import com.hoopai.invoices.client.oauth.OAuthListener;
import com.hoopai.invoices.client.oauth.ReauthorizationRequiredException;
import com.hoopai.invoices.client.oauth.TokenStoreException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The client's Micrometer meters, fed by its {@link CallListener} and {@link OAuthListener} hooks. Tags name
 * operations and outcomes, never location ids, invoice ids or tokens: ids would make a series per customer.
 *
 * <ul>
 *   <li>{@value #REQUESTS} (timer): each call, retries and waits included; tags {@code operation} (the spec's
 *       operationId), {@code status} (the last HTTP status, {@code IO_ERROR} or {@code NONE}) and
 *       {@code outcome} ({@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR}, {@code REDIRECTION},
 *       {@code UNKNOWN});
 *   <li>{@value #RETRIES} (counter): attempts sent again, tag {@code operation};
 *   <li>{@value #TOKEN_REFRESHES} and {@value #TOKEN_REFRESH_FAILURES} (counters, the latter tagged
 *       {@code reason}: {@code refresh_failed}, {@code reauthorization_required}, {@code save_failed});
 *   <li>{@value #RATE_LIMIT_REMAINING} and {@value #RATE_LIMIT_DAILY_REMAINING} (gauges): the smallest budget
 *       the server recently reported for any location, so an alert fires before any location meets a 429;
 *   <li>{@value #RATE_LIMIT_STORE_DEGRADED} (gauge, 0 or 1) and {@value #RATE_LIMIT_STORE_OUTAGES} (counter):
 *       the shared rate-limit store failing, each process pacing alone meanwhile.
 * </ul>
 */
final class HoopAiInvoicesMetrics implements CallListener, OAuthListener {

  static final String REQUESTS = "hoopai.invoices.requests";
  static final String RETRIES = "hoopai.invoices.retries";
  static final String TOKEN_REFRESHES = "hoopai.invoices.token.refreshes";
  static final String TOKEN_REFRESH_FAILURES = "hoopai.invoices.token.refresh.failures";
  static final String RATE_LIMIT_REMAINING = "hoopai.invoices.ratelimit.remaining";
  static final String RATE_LIMIT_DAILY_REMAINING = "hoopai.invoices.ratelimit.daily.remaining";
  static final String RATE_LIMIT_STORE_DEGRADED = "hoopai.invoices.ratelimit.store.degraded";
  static final String RATE_LIMIT_STORE_OUTAGES = "hoopai.invoices.ratelimit.store.outages";

  private final MeterRegistry registry;
  private final Supplier<InvoicesClient> client;
  private final Counter refreshes;
  private final Counter storeOutages;
  private final BooleanSupplier requestsObserved;
  private volatile Boolean observed;   // asked once, at the first call: the registry is set up by then

  HoopAiInvoicesMetrics(MeterRegistry registry, Supplier<InvoicesClient> client) {
    this(registry, client, () -> false);
  }

  /**
   * The meters.
   *
   * @param registry where they go
   * @param client the client, for the rate-limit gauges
   * @param requestsObserved whether the calls are Micrometer observations, whose meter handler then records
   *     the {@value #REQUESTS} timer instead of this listener
   */
  HoopAiInvoicesMetrics(MeterRegistry registry, Supplier<InvoicesClient> client, BooleanSupplier requestsObserved) {
    this.registry = registry;
    this.client = client;
    this.requestsObserved = requestsObserved;
    this.refreshes = Counter.builder(TOKEN_REFRESHES).description("OAuth token refreshes that succeeded and were saved")
        .register(registry);
    // The client is looked up when the gauge is read: it is built after this listener, which it uses.
    // Each reads the client's running summary: O(1) per scrape, however many locations it calls.
    Gauge.builder(RATE_LIMIT_REMAINING, this, m -> m.summary(s -> s.lowestRemaining()))
        .description("Requests left in a burst window, for the location with the fewest (answers of the last window)")
        .register(registry);
    Gauge.builder(RATE_LIMIT_DAILY_REMAINING, this, m -> m.summary(s -> s.lowestDailyRemaining()))
        .description("Requests left today, for the location with the fewest (answers of the last hour)")
        .register(registry);
    Gauge.builder(RATE_LIMIT_STORE_DEGRADED, this, m -> {
          InvoicesClient current = m.client.get();
          return current == null ? Double.NaN : current.rateLimitSummary().storeDegraded() ? 1 : 0;
        })
        .description("1 while the shared rate-limit store fails and each process paces alone, else 0")
        .register(registry);
    this.storeOutages = Counter.builder(RATE_LIMIT_STORE_OUTAGES)
        .description("Outages of the shared rate-limit store (each process paced alone meanwhile)")
        .register(registry);
  }

  @Override
  public void onRateLimitStoreUnavailable(Throwable cause) {
    storeOutages.increment();
  }

  @Override
  public void onCallEnd(CallEvent call) {
    if (requestsObserved()) {
      return;   // the observation's meter handler records this timer
    }
    Timer.builder(REQUESTS)
        .description("HoopAI Invoices API calls, retries and waits included")
        .tag("operation", call.operationId())
        .tag("status", CallOutcomes.status(call))
        .tag("outcome", CallOutcomes.outcome(call))
        .register(registry)
        .record(call.duration());
  }

  private boolean requestsObserved() {
    Boolean known = observed;
    if (known == null) {
      known = requestsObserved.getAsBoolean();
      observed = known;
    }
    return known;
  }

  @Override
  public void onRetry(String operationId, int attempt, Throwable failure) {
    Counter.builder(RETRIES).description("HoopAI Invoices API attempts sent again").tag("operation", operationId)
        .register(registry).increment();
  }

  @Override
  public void onRefreshed(String key, Instant expiresAt) {
    refreshes.increment();
  }

  @Override
  public void onRefreshFailed(String key, OAuthException error) {
    failure("refresh_failed");
  }

  @Override
  public void onReauthorizationRequired(ReauthorizationRequiredException error) {
    failure("reauthorization_required");
  }

  @Override
  public void onSaveFailed(String key, TokenStoreException error) {
    failure("save_failed");
  }

  private void failure(String reason) {
    Counter.builder(TOKEN_REFRESH_FAILURES).description("OAuth token refreshes that failed")
        .tag("reason", reason).register(registry).increment();
  }

  private double summary(Function<RateLimitSummary, OptionalLong> figure) {
    InvoicesClient current = client.get();
    if (current == null) {
      return Double.NaN;
    }
    OptionalLong value = figure.apply(current.rateLimitSummary());
    return value.isPresent() ? value.getAsLong() : Double.NaN;
  }

  @Override
  public String toString() {
    return "HoopAiInvoicesMetrics";
  }
}
