package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.client.oauth.OAuthCredentials;
import com.hoopai.invoices.client.oauth.OAuthTokenProvider;
import com.hoopai.invoices.client.oauth.UserType;
import java.time.Duration;

/**
 * OAuth of a Marketplace app: tokens per location, refreshed ahead of expiry.
 *
 * <pre>{@code
 * hoopai.invoices.oauth.client-id=${HOOPAI_CLIENT_ID}
 * hoopai.invoices.oauth.client-secret=${HOOPAI_CLIENT_SECRET}
 * }</pre>
 */
public class OAuthProperties {

  /** The Marketplace app's client id; set this or access-token, not both. */
  private String clientId;

  /** The Marketplace app's client secret. */
  private String clientSecret;

  /** The kind of token: location (default), or company for an agency (then set agency.company-id). */
  private UserType userType;

  /** How long before expiry a token is refreshed. */
  private Duration refreshMargin = OAuthTokenProvider.DEFAULT_REFRESH_MARGIN;

  /** The token endpoint, for a white label or a test server. */
  private String tokenUrl = OAuthCredentials.DEFAULT_TOKEN_URL;

  /** The endpoint that mints a location token from an agency token; default 'locationToken' beside the token URL. */
  private String locationTokenUrl;

  /**
   * The value of {@code hoopai.invoices.oauth.client-id}.
   *
   * @return the value
   */
  public String getClientId() {
    return clientId;
  }

  /**
   * Sets {@code hoopai.invoices.oauth.client-id}.
   *
   * @param clientId the value
   */
  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  /**
   * The value of {@code hoopai.invoices.oauth.client-secret}.
   *
   * @return the value
   */
  public String getClientSecret() {
    return clientSecret;
  }

  /**
   * Sets {@code hoopai.invoices.oauth.client-secret}.
   *
   * @param clientSecret the value
   */
  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  /**
   * The value of {@code hoopai.invoices.oauth.user-type}.
   *
   * @return the value
   */
  public UserType getUserType() {
    return userType;
  }

  /**
   * Sets {@code hoopai.invoices.oauth.user-type}.
   *
   * @param userType the value
   */
  public void setUserType(UserType userType) {
    this.userType = userType;
  }

  /**
   * The value of {@code hoopai.invoices.oauth.refresh-margin}.
   *
   * @return the value
   */
  public Duration getRefreshMargin() {
    return refreshMargin;
  }

  /**
   * Sets {@code hoopai.invoices.oauth.refresh-margin}.
   *
   * @param refreshMargin the value
   */
  public void setRefreshMargin(Duration refreshMargin) {
    this.refreshMargin = refreshMargin;
  }

  /**
   * The value of {@code hoopai.invoices.oauth.token-url}.
   *
   * @return the value
   */
  public String getTokenUrl() {
    return tokenUrl;
  }

  /**
   * Sets {@code hoopai.invoices.oauth.token-url}.
   *
   * @param tokenUrl the value
   */
  public void setTokenUrl(String tokenUrl) {
    this.tokenUrl = tokenUrl;
  }

  /**
   * The value of {@code hoopai.invoices.oauth.location-token-url}.
   *
   * @return the value
   */
  public String getLocationTokenUrl() {
    return locationTokenUrl;
  }

  /**
   * Sets {@code hoopai.invoices.oauth.location-token-url}.
   *
   * @param locationTokenUrl the value
   */
  public void setLocationTokenUrl(String locationTokenUrl) {
    this.locationTokenUrl = locationTokenUrl;
  }

  @Override
  public String toString() {
    return "OAuth{clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "<redacted>")
        + ", userType=" + userType + "}";
  }
}
