package com.hoopai.invoices.client.oauth;

/**
 * The server answered {@code Location is not active}: the location is paused by its agency or has a SaaS
 * billing problem. Unlike {@link ReauthorizationRequiredException}, the refresh token was not spent and is
 * kept: it works again once the location is active. The provider retries after a back-off.
 *
 * <pre>{@code
 * try {
 *   acme.invoices().getInvoice(invoiceId);
 * } catch (LocationInactiveException e) {
 *   pauseSyncFor(e.key());
 * }
 * }</pre>
 */
public class LocationInactiveException extends OAuthException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param key the location id (or company id)
   * @param requestPath the endpoint's path
   * @param statusCode the HTTP status
   * @param serverMessage the server's error text, or {@code null}
   */
  public LocationInactiveException(String key, String requestPath, int statusCode, String serverMessage) {
    super("location " + key + " is not active (paused by its agency or a billing problem); its refresh token is"
        + " kept and works again once the location is active", key, requestPath, statusCode, serverMessage,
        false, null);
  }
}
