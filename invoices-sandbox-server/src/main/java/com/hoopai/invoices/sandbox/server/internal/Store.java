package com.hoopai.invoices.sandbox.server.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The sandbox's state: one {@link LocationState} per location, created on first use, and an index from
 * record id to location for the operations that name no location. Thread-safe: work on a location runs
 * under that location's lock, so locations never wait for each other.
 */
final class Store {

  private final Map<String, LocationState> locations = new ConcurrentHashMap<>();
  private final Map<String, String> locationOfId = new ConcurrentHashMap<>();

  /**
   * Runs work on one location under its lock.
   *
   * @param locationId the location
   * @param work the work
   * @param <T> its result
   * @return the result
   */
  public <T> T inLocation(String locationId, Function<LocationState, T> work) {
    LocationState state = locations.computeIfAbsent(locationId, LocationState::new);
    synchronized (state.lock()) {
      return work.apply(state);
    }
  }

  /** Remembers which location a new record belongs to. */
  public void index(String id, String locationId) {
    locationOfId.put(id, locationId);
  }

  /** The location a record belongs to, or {@code null}. */
  public String locationOf(String id) {
    return locationOfId.get(id);
  }

  /** The ids of the locations that hold anything. */
  public List<String> locationIds() {
    return List.copyOf(locations.keySet());
  }

  /** Forgets everything. */
  public void clear() {
    locations.clear();
    locationOfId.clear();
  }
}
