package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.RateLimitInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Paces requests per location so a burst stays within the API's limit (100 per 10 s per app and location)
 * instead of meeting 429s, while other locations are not slowed. Keeps the last limits seen per location.
 */
public final class RateLimitGovernor {

  /** The budget of requests that name no location. */
  static final String NO_LOCATION = "";

  private final Map<String, LocationBudget> budgets = new ConcurrentHashMap<>();
  private final boolean pacing;

  /**
   * Creates a governor.
   *
   * @param pacing whether to wait for the budget before sending (limits are recorded either way)
   */
  public RateLimitGovernor(boolean pacing) {
    this.pacing = pacing;
  }

  LocationBudget budget(String locationId) {
    return budgets.computeIfAbsent(locationId == null ? NO_LOCATION : locationId, id -> new LocationBudget());
  }

  /** Waits for the location's turn. */
  void awaitTurn(LocationBudget budget) throws InterruptedException {
    if (!pacing) {
      return;
    }
    long wait = budget.reserve(System.nanoTime());
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  /**
   * The last limits the server reported for a location.
   *
   * @param locationId the location
   * @return the limits, when an answer for it carried them
   */
  public Optional<RateLimitInfo> lastSeen(String locationId) {
    LocationBudget budget = budgets.get(locationId == null ? NO_LOCATION : locationId);
    return Optional.ofNullable(budget == null ? null : budget.lastSeen());
  }

  /**
   * The last limits seen for every location.
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
}
