package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.ErrorDetails;
import com.hoopai.invoices.client.UnauthorizedException;

/**
 * A 401 that remembers which token was refused and for which location, so the client can ask the token
 * provider for a fresh one and replay the request once. The token is kept out of the message, of
 * {@code toString} and of serialization.
 */
final class RejectedTokenException extends UnauthorizedException {

  private static final long serialVersionUID = 1L;

  private final transient ErrorDetails details;
  private final transient String rejectedToken;
  private final transient String locationId;

  RejectedTokenException(ErrorDetails details, String rejectedToken, String locationId) {
    super(details);
    this.details = details;
    this.rejectedToken = rejectedToken;
    this.locationId = locationId;
  }

  /** The plain exception the caller gets when no fresh token helps. */
  UnauthorizedException toCallerException() {
    UnauthorizedException plain = new UnauthorizedException(details);
    plain.setStackTrace(getStackTrace());
    return plain;
  }

  String rejectedToken() {
    return rejectedToken;
  }

  String locationId() {
    return locationId;
  }
}
