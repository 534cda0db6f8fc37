package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.LocationScoped;

/** Fills a location-bound view's location into request bodies. Used by the generated views. */
public final class LocationBinding {

  private LocationBinding() {
  }

  /**
   * Checks a location id given to a view.
   *
   * @param locationId the id
   * @return the id
   * @throws IllegalArgumentException if it is null, blank or holds control characters
   */
  public static String checkLocationId(String locationId) {
    if (locationId == null || locationId.isBlank()) {
      throw new IllegalArgumentException("locationId must not be null or blank");
    }
    if (locationId.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("locationId must not contain control characters");
    }
    return locationId;
  }

  /**
   * Gives a body the view's location: sets {@code altId} when unset, refuses a body naming another one.
   *
   * @param body the request body, possibly null (the call then fails as a missing argument)
   * @param locationId the view's location
   * @param <T> the body type
   * @return the same body
   * @throws IllegalArgumentException if the body names a different location
   */
  public static <T> T bind(T body, String locationId) {
    if (body instanceof LocationScoped scoped) {
      String altId = scoped.getAltId();
      if (altId == null) {
        scoped.setAltId(locationId);
      } else if (!altId.equals(locationId)) {
        throw new IllegalArgumentException(
            "body.altId '" + altId + "' differs from this view's location '" + locationId + "'");
      }
    }
    return body;
  }
}
