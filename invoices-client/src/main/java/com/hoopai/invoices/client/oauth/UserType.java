package com.hoopai.invoices.client.oauth;

/**
 * The kind of OAuth token: one location (sub-account) or a company (agency). It is sent as the
 * {@code user_type} of every token request and decides what a {@link StoredTokens} key is: a location id or
 * a company id.
 *
 * <pre>{@code
 * OAuthCredentials agency = OAuthCredentials.of(clientId, clientSecret, UserType.COMPANY);
 * }</pre>
 */
public enum UserType {
  /** A sub-account token, bound to one location. */
  LOCATION("Location"),
  /** An agency token, bound to a company; it can mint location tokens. */
  COMPANY("Company");

  private final String wireValue;

  UserType(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The value the API uses: {@code Location} or {@code Company}.
   *
   * @return the wire value
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a wire value, case-insensitively.
   *
   * @param value {@code Location} or {@code Company}
   * @return the user type
   * @throws IllegalArgumentException for any other value
   */
  public static UserType fromWire(String value) {
    for (UserType type : values()) {
      if (type.wireValue.equalsIgnoreCase(value == null ? "" : value.strip())) {
        return type;
      }
    }
    throw new IllegalArgumentException("user type must be Location or Company, was " + value);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
