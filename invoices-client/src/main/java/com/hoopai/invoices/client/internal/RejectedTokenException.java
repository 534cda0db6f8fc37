package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.errors.ErrorDetails;
import com.hoopai.invoices.client.errors.UnauthorizedException;

/**
 * A 401, which the client answers by asking the token provider for a fresh token (the call's context knows
 * which token was refused and for which location) and replaying the request once.
 */
final class RejectedTokenException extends UnauthorizedException {

  private static final long serialVersionUID = 1L;

  private final transient ErrorDetails details;

  RejectedTokenException(ErrorDetails details) {
    super(details);
    this.details = details;
  }

  /** The plain exception the caller gets when no fresh token helps. */
  UnauthorizedException toCallerException() {
    UnauthorizedException plain = new UnauthorizedException(details);
    plain.setStackTrace(getStackTrace());
    return plain;
  }
}
