package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.CallListener;
import com.hoopai.invoices.client.RateLimitInfo;
import com.hoopai.invoices.client.RateLimitSummary;
import com.hoopai.invoices.client.ratelimit.RateLimitKey;
import com.hoopai.invoices.client.ratelimit.RateLimitStore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Paces requests per location so a burst stays within the API's limit (100 per 10 s per app and location)
 * instead of meeting 429s, while other locations are not slowed. With a shared {@link RateLimitStore} every
 * request is booked there first, so replicas of one app share the budget; if the store fails, this process
 * paces alone until it answers again. Per location it keeps the limits last seen and a small window of send
 * times, dropped once the location has been idle for its window; the lowest budgets reported are kept as
 * running aggregates for metrics.
 */
public final class RateLimitGovernor {

  /** The budget of requests that name no location. */
  static final String NO_LOCATION = "";
  /** The longest wait for the shared budget before pacing here instead (the daily band spent, say). */
  static final long MAX_SHARED_WAIT_NANOS = TimeUnit.MINUTES.toNanos(5);
  static final long SWEEP_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final long DAILY_PERIOD_NANOS = TimeUnit.HOURS.toNanos(1);

  private final ConcurrentHashMap<String, LocationBudget> budgets = new ConcurrentHashMap<>();
  private final boolean pacing;
  private final RateLimitStore store;
  private final String appId;
  private final StoreHealth health;
  private final LowestRecent lowestRemaining;
  private final LowestRecent lowestDailyRemaining;
  private final AtomicBoolean sweeping = new AtomicBoolean();
  private volatile long nextSweep;

  /**
   * Creates a governor that paces in this process.
   *
   * @param pacing whether to wait for the budget before sending (limits are recorded either way)
   */
  public RateLimitGovernor(boolean pacing) {
    this(pacing, RateLimitStore.local(), "", CallListener.NONE);
  }

  /**
   * Creates a governor that books requests in a store.
   *
   * @param pacing whether to wait for the budget before sending (limits are recorded either way)
   * @param store where requests are booked
   * @param appId the app whose budget it is
   * @param listener hears the store's outages
   */
  public RateLimitGovernor(boolean pacing, RateLimitStore store, String appId, CallListener listener) {
    this.pacing = pacing;
    this.store = Objects.requireNonNull(store, "store");
    this.appId = Objects.requireNonNull(appId, "appId");
    this.health = new StoreHealth(store.toString(), listener);
    long now = System.nanoTime();
    this.lowestRemaining = new LowestRecent(LocationBudget.DEFAULT_WINDOW_NANOS, now);
    this.lowestDailyRemaining = new LowestRecent(DAILY_PERIOD_NANOS, now);
    this.nextSweep = now + SWEEP_INTERVAL_NANOS;
  }

  LocationBudget budget(String locationId) {
    long now = System.nanoTime();
    if (now - nextSweep >= 0) {
      sweep(now);
    }
    String id = locationId == null ? NO_LOCATION : locationId;
    LocationBudget budget = budgets.get(id);
    return budget != null ? budget
        : budgets.computeIfAbsent(id, key -> new LocationBudget(new RateLimitKey(appId, key), now));
  }

  /** Waits for the location's turn. */
  void awaitTurn(LocationBudget budget) throws InterruptedException {
    if (!pacing) {
      return;
    }
    long now = System.nanoTime();
    long wait;
    if (store.shared() && health.shouldAsk(now)) {
      // While the server's answers hold sends back, wait first and book afterwards: bookings made before the
      // hold ends would all be sent the moment it ends, a burst the server refuses again.
      for (long held = budget.heldFor(now); held > 0; held = budget.heldFor(now)) {
        TimeUnit.NANOSECONDS.sleep(held);
        now = System.nanoTime();
      }
      wait = shared(budget, now);
    } else {
      wait = store.shared() ? budget.reserveAlone(now) : budget.reserve(now);
    }
    if (wait > 0) {   // measured from the end of the booking
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  /** Learns from an answer, for the budget and the aggregates. */
  void observe(LocationBudget budget, RateLimitInfo info, int status, long retryAfterNanos, long latency,
      long now) {
    budget.observe(info, status, retryAfterNanos, latency, now);
    if (info != null) {
      if (info.remaining().isPresent()) {
        lowestRemaining.record(info.remaining().getAsInt(), now);
      }
      if (info.dailyRemaining().isPresent()) {
        lowestDailyRemaining.record(info.dailyRemaining().getAsLong(), now);
      }
    }
  }

  private long shared(LocationBudget budget, long now) {
    long booked;
    try {
      booked = store.reserve(budget.key(), budget.bands(), MAX_SHARED_WAIT_NANOS);
    } catch (RuntimeException e) {
      health.failed(e, System.nanoTime());
      return budget.reserveAlone(System.nanoTime());
    }
    long answered = System.nanoTime();
    health.succeeded(answered);
    if (booked == RateLimitStore.NOT_WITHIN_MAX_WAIT) {
      return budget.reserve(now);   // the server's answers will say whether the budget is really spent
    }
    // Measured from the answer: the store timed the booking somewhere during the round trip, and sending a
    // round trip late is safe where sending it early is not.
    budget.booked(answered + booked);
    return booked;
  }

  /**
   * The last limits the server reported for a location.
   *
   * @param locationId the location
   * @return the limits, when an answer for it carried them (and it has not been idle past its window)
   */
  public Optional<RateLimitInfo> lastSeen(String locationId) {
    LocationBudget budget = budgets.get(locationId == null ? NO_LOCATION : locationId);
    return Optional.ofNullable(budget == null ? null : budget.lastSeen());
  }

  /**
   * The last limits seen for every location held now. It walks every location: use {@link #summary()} for
   * metrics.
   *
   * @return an unmodifiable snapshot, by location id
   */
  public Map<String, RateLimitInfo> snapshot() {
    Map<String, RateLimitInfo> limits = new LinkedHashMap<>();
    budgets.forEach((location, budget) -> {
      RateLimitInfo seen = budget.lastSeen();
      if (seen != null && !location.equals(NO_LOCATION)) {
        limits.put(location, seen);
      }
    });
    return Collections.unmodifiableMap(limits);
  }

  /**
   * The running aggregates, in O(1).
   *
   * @return the summary
   */
  public RateLimitSummary summary() {
    long now = System.nanoTime();
    long burst = lowestRemaining.lowest(now);
    long daily = lowestDailyRemaining.lowest(now);
    return new RateLimitSummary(burst == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(burst),
        daily == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(daily), budgets.size(), health.degraded());
  }

  /** Drops the budgets of locations idle past their window; one caller sweeps, the others go on. */
  private void sweep(long now) {
    if (!sweeping.compareAndSet(false, true)) {
      return;
    }
    try {
      nextSweep = now + SWEEP_INTERVAL_NANOS;
      budgets.entrySet().removeIf(entry -> entry.getValue().idle(now));
    } finally {
      sweeping.set(false);
    }
  }
}
