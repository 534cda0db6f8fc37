package com.hoopai.invoices.client.oauth.internal;

import com.hoopai.invoices.client.oauth.OAuthException;

/** {@code /oauth/locationToken} refused the agency token (401): refresh it and mint again, once. */
public final class UnauthorizedCompanyTokenException extends OAuthException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param locationId the location a token was minted for
   * @param path the endpoint's path
   * @param serverMessage the server's text, or {@code null}
   */
  public UnauthorizedCompanyTokenException(String locationId, String path, String serverMessage) {
    super("location token for " + locationId + " failed: POST " + path + " refused the agency token (401"
        + (serverMessage == null ? "" : ", " + serverMessage) + ")", locationId, path, 401, serverMessage, false,
        null);
  }
}
