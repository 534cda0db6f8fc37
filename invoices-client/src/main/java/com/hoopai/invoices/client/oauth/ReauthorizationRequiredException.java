package com.hoopai.invoices.client.oauth;

/**
 * The installation's refresh token was refused ({@code invalid_grant}: already used, revoked or expired),
 * or no tokens are stored for it. Nothing the SDK can do brings it back: the customer has to authorize
 * (install) the app again. The token store is left unchanged.
 *
 * <pre>{@code
 * try {
 *   client.forLocation(locationId).invoices().getInvoice(invoiceId);
 * } catch (ReauthorizationRequiredException e) {
 *   markDisconnected(e.key());                    // the location (or company) id
 * }
 * }</pre>
 */
public class ReauthorizationRequiredException extends OAuthException {

  private static final long serialVersionUID = 1L;

  /** Whether the key is a location id or a company id. */
  private final UserType userType;

  /**
   * Creates an exception.
   *
   * @param key the location id (or company id for agency tokens)
   * @param userType the kind of token
   * @param reason why, naming no secret
   * @param requestPath the token endpoint's path, or {@code null} when no request was made
   * @param statusCode the HTTP status, or 0
   * @param serverMessage the server's error text, or {@code null}
   */
  public ReauthorizationRequiredException(String key, UserType userType, String reason, String requestPath,
      int statusCode, String serverMessage) {
    super(describe(userType) + " " + key + " must be authorized again (install the app again): " + reason,
        key, requestPath, statusCode, serverMessage, false, null);
    this.userType = userType;
  }

  /**
   * Whether the key is a location id or a company id.
   *
   * @return the user type
   */
  public UserType userType() {
    return userType;
  }

  private static String describe(UserType userType) {
    return userType == UserType.COMPANY ? "company" : "location";
  }
}
