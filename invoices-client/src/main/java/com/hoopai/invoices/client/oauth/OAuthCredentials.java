package com.hoopai.invoices.client.oauth;

import com.hoopai.invoices.client.internal.SecureUrls;
import java.util.Objects;

/**
 * A Marketplace app's OAuth client: its id and secret, the kind of token wanted ({@code user_type}) and the
 * token endpoints. Immutable; {@code toString()} never shows the secret.
 *
 * <pre>{@code
 * OAuthCredentials app = OAuthCredentials.of(
 *     System.getenv("HOOPAI_CLIENT_ID"), System.getenv("HOOPAI_CLIENT_SECRET"), UserType.LOCATION);
 * OAuthCredentials agency = app.withUserType(UserType.COMPANY);      // same app, agency tokens
 * OAuthCredentials test = OAuthCredentials.builder()                  // a fake endpoint in a test
 *     .clientId("id").clientSecret("secret").userType(UserType.LOCATION)
 *     .tokenUrl("http://127.0.0.1:8080/oauth/token")
 *     .build();
 * }</pre>
 */
public final class OAuthCredentials {

  /** The production token endpoint. */
  public static final String DEFAULT_TOKEN_URL = "https://services.leadconnectorhq.com/oauth/token";

  private final String clientId;
  private final String clientSecret;
  private final UserType userType;
  private final String tokenUrl;
  private final String locationTokenUrl;

  private OAuthCredentials(Builder builder) {
    this.clientId = builder.clientId;
    this.clientSecret = builder.clientSecret;
    this.userType = builder.userType;
    this.tokenUrl = builder.tokenUrl;
    this.locationTokenUrl = builder.locationTokenUrl != null
        ? builder.locationTokenUrl
        : SecureUrls.checked(builder.tokenUrl, "tokenUrl").resolve("locationToken").toString();
  }

  /**
   * Credentials for the production endpoints.
   *
   * @param clientId the app's client id
   * @param clientSecret the app's client secret
   * @param userType the kind of token wanted
   * @return the credentials
   * @throws IllegalArgumentException if the id or secret is blank
   */
  public static OAuthCredentials of(String clientId, String clientSecret, UserType userType) {
    return builder().clientId(clientId).clientSecret(clientSecret).userType(userType).build();
  }

  /**
   * A builder; client id, secret and user type are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder preset with these credentials.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.clientId = clientId;
    builder.clientSecret = clientSecret;
    builder.userType = userType;
    builder.tokenUrl = tokenUrl;
    builder.locationTokenUrl = locationTokenUrl;
    return builder;
  }

  /**
   * The same app and endpoints, for another kind of token.
   *
   * @param type the user type
   * @return the credentials
   */
  public OAuthCredentials withUserType(UserType type) {
    return toBuilder().userType(type).build();
  }

  /**
   * The app's client id (not a secret: it appears in consent URLs).
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * The app's client secret. Handle with care: never log it.
   *
   * @return the client secret
   */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * The kind of token requested, sent as {@code user_type}.
   *
   * @return the user type
   */
  public UserType userType() {
    return userType;
  }

  /**
   * The token endpoint ({@code POST /oauth/token}).
   *
   * @return the URL
   */
  public String tokenUrl() {
    return tokenUrl;
  }

  /**
   * The endpoint that mints a location token from an agency token ({@code POST /oauth/locationToken}).
   *
   * @return the URL; by default {@code locationToken} next to the token URL
   */
  public String locationTokenUrl() {
    return locationTokenUrl;
  }

  @Override
  public String toString() {
    return "OAuthCredentials{clientId=" + clientId + ", clientSecret=<redacted>, userType=" + userType
        + ", tokenUrl=" + tokenUrl + "}";
  }

  /**
   * Configures {@link OAuthCredentials}; each setter checks its input at once.
   *
   * <pre>{@code
   * OAuthCredentials app = OAuthCredentials.builder()
   *     .clientId(clientId).clientSecret(clientSecret).userType(UserType.COMPANY)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private String clientId;
    private String clientSecret;
    private UserType userType;
    private String tokenUrl = DEFAULT_TOKEN_URL;
    private String locationTokenUrl;

    private Builder() {
    }

    /**
     * The app's client id.
     *
     * @param clientId not blank
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = checkText(clientId, "clientId");
      return this;
    }

    /**
     * The app's client secret.
     *
     * @param clientSecret not blank
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = checkText(clientSecret, "clientSecret");
      return this;
    }

    /**
     * The kind of token wanted.
     *
     * @param userType location or company
     * @return this builder
     */
    public Builder userType(UserType userType) {
      this.userType = Objects.requireNonNull(userType, "userType");
      return this;
    }

    /**
     * The token endpoint; {@code https} is required except for loopback hosts (tests).
     *
     * @param tokenUrl default {@value OAuthCredentials#DEFAULT_TOKEN_URL}
     * @return this builder
     */
    public Builder tokenUrl(String tokenUrl) {
      this.tokenUrl = SecureUrls.checked(tokenUrl, "tokenUrl").toString();
      return this;
    }

    /**
     * The location-token endpoint, when it is not {@code locationToken} next to the token URL.
     *
     * @param locationTokenUrl the URL; {@code https} except for loopback hosts
     * @return this builder
     */
    public Builder locationTokenUrl(String locationTokenUrl) {
      this.locationTokenUrl = SecureUrls.checked(locationTokenUrl, "locationTokenUrl").toString();
      return this;
    }

    /**
     * Builds the credentials.
     *
     * @return the credentials
     * @throws IllegalStateException if the client id, secret or user type is missing
     */
    public OAuthCredentials build() {
      if (clientId == null || clientSecret == null || userType == null) {
        throw new IllegalStateException("OAuthCredentials need clientId, clientSecret and userType");
      }
      return new OAuthCredentials(this);
    }

    @Override
    public String toString() {
      return "OAuthCredentials.Builder{clientId=" + clientId + ", clientSecret="
          + (clientSecret == null ? "none" : "<redacted>") + ", userType=" + userType + "}";
    }

    private static String checkText(String value, String name) {
      if (value == null || value.isBlank() || value.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value.strip();
    }
  }
}
