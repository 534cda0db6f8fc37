package com.hoopai.invoices.client.oauth;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The tokens of one installation, as a {@link TokenStore} keeps them: immutable, with the store's
 * {@link #version()} for compare-and-set. {@code toString()} never shows a token.
 *
 * <p>The key is the location id for a {@link UserType#LOCATION} token and the company id for a
 * {@link UserType#COMPANY} token. A record may start with a refresh token only (no access token yet,
 * {@code expiresAt} in the past): the first use refreshes it.
 *
 * <pre>{@code
 * store.put(StoredTokens.builder()
 *     .key(locationId)
 *     .userType(UserType.LOCATION)
 *     .refreshToken(System.getenv("HOOPAI_REFRESH_TOKEN"))
 *     .build());
 * }</pre>
 */
public final class StoredTokens {

  private final String key;
  private final String accessToken;
  private final String refreshToken;
  private final Instant expiresAt;
  private final String scope;
  private final UserType userType;
  private final String companyId;
  private final String locationId;
  private final long version;

  private StoredTokens(Builder builder) {
    this.key = builder.key;
    this.accessToken = builder.accessToken;
    this.refreshToken = builder.refreshToken;
    this.expiresAt = builder.expiresAt;
    this.scope = builder.scope;
    this.userType = builder.userType;
    this.companyId = builder.companyId;
    this.locationId = builder.locationId;
    this.version = builder.version;
  }

  /**
   * A builder; key, refresh token and user type are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder preset with these values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.key = key;
    builder.accessToken = accessToken;
    builder.refreshToken = refreshToken;
    builder.expiresAt = expiresAt;
    builder.scope = scope;
    builder.userType = userType;
    builder.companyId = companyId;
    builder.locationId = locationId;
    builder.version = version;
    return builder;
  }

  /**
   * The store key: the location id (location tokens) or company id (company tokens).
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * The bearer token. Never log it.
   *
   * @return the access token, or {@code null} when none was obtained yet
   */
  public String accessToken() {
    return accessToken;
  }

  /**
   * The single-use refresh token. Never log it.
   *
   * @return the refresh token
   */
  public String refreshToken() {
    return refreshToken;
  }

  /**
   * When the access token expires, to the millisecond.
   *
   * @return the instant; {@link Instant#EPOCH} when unknown
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * The granted scopes, space separated.
   *
   * @return the scopes, or {@code null}
   */
  public String scope() {
    return scope;
  }

  /**
   * The kind of token.
   *
   * @return the user type
   */
  public UserType userType() {
    return userType;
  }

  /**
   * The company (agency) the installation belongs to.
   *
   * @return the company id, or {@code null}
   */
  public String companyId() {
    return companyId;
  }

  /**
   * The location of a location token.
   *
   * @return the location id, or {@code null}
   */
  public String locationId() {
    return locationId;
  }

  /**
   * The store's version of this record: 0 before it was stored, then increased by every change.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * Whether the access token is missing, expired, or expires within the margin.
   *
   * @param now the current time
   * @param margin how long before expiry a token counts as expiring
   * @return true if it should be refreshed before use
   */
  public boolean expiresWithin(Instant now, Duration margin) {
    return accessToken == null || !now.plus(margin).isBefore(expiresAt);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StoredTokens that
        && version == that.version
        && key.equals(that.key)
        && Objects.equals(accessToken, that.accessToken)
        && refreshToken.equals(that.refreshToken)
        && expiresAt.equals(that.expiresAt)
        && Objects.equals(scope, that.scope)
        && userType == that.userType
        && Objects.equals(companyId, that.companyId)
        && Objects.equals(locationId, that.locationId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, version, expiresAt);
  }

  @Override
  public String toString() {
    return "StoredTokens{key=" + key + ", userType=" + userType + ", version=" + version
        + ", expiresAt=" + expiresAt + ", scope=" + scope + ", companyId=" + companyId
        + ", locationId=" + locationId + ", accessToken=" + (accessToken == null ? "none" : "<redacted>")
        + ", refreshToken=<redacted>}";
  }

  /**
   * Configures a {@link StoredTokens}; each setter checks its input at once.
   *
   * <pre>{@code
   * StoredTokens next = current.toBuilder().accessToken(access).expiresAt(expiry).build();
   * }</pre>
   */
  public static final class Builder {
    private String key;
    private String accessToken;
    private String refreshToken;
    private Instant expiresAt = Instant.EPOCH;
    private String scope;
    private UserType userType;
    private String companyId;
    private String locationId;
    private long version;

    private Builder() {
    }

    /**
     * The store key (location id or company id).
     *
     * @param key not blank
     * @return this builder
     */
    public Builder key(String key) {
      this.key = checkText(key, "key");
      return this;
    }

    /**
     * The access token.
     *
     * @param accessToken the token, or {@code null} for none yet
     * @return this builder
     */
    public Builder accessToken(String accessToken) {
      this.accessToken = accessToken == null ? null : checkText(accessToken, "accessToken");
      return this;
    }

    /**
     * The refresh token.
     *
     * @param refreshToken not blank
     * @return this builder
     */
    public Builder refreshToken(String refreshToken) {
      this.refreshToken = checkText(refreshToken, "refreshToken");
      return this;
    }

    /**
     * When the access token expires (kept to the millisecond).
     *
     * @param expiresAt the instant; default {@link Instant#EPOCH} (refresh at first use)
     * @return this builder
     */
    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt").truncatedTo(ChronoUnit.MILLIS);
      return this;
    }

    /**
     * The granted scopes.
     *
     * @param scope space separated, or {@code null}
     * @return this builder
     */
    public Builder scope(String scope) {
      this.scope = scope;
      return this;
    }

    /**
     * The kind of token.
     *
     * @param userType location or company
     * @return this builder
     */
    public Builder userType(UserType userType) {
      this.userType = Objects.requireNonNull(userType, "userType");
      return this;
    }

    /**
     * The company id.
     *
     * @param companyId the id, or {@code null}
     * @return this builder
     */
    public Builder companyId(String companyId) {
      this.companyId = companyId;
      return this;
    }

    /**
     * The location id.
     *
     * @param locationId the id, or {@code null}
     * @return this builder
     */
    public Builder locationId(String locationId) {
      this.locationId = locationId;
      return this;
    }

    /**
     * The store's version; stores set it, callers rarely do.
     *
     * @param version zero or more
     * @return this builder
     */
    public Builder version(long version) {
      if (version < 0) {
        throw new IllegalArgumentException("version must not be negative, was " + version);
      }
      this.version = version;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return the record
     * @throws IllegalStateException if the key, refresh token or user type is missing
     */
    public StoredTokens build() {
      if (key == null || refreshToken == null || userType == null) {
        throw new IllegalStateException("StoredTokens need key, refreshToken and userType");
      }
      return new StoredTokens(this);
    }

    @Override
    public String toString() {
      return "StoredTokens.Builder{key=" + key + ", version=" + version + "}";
    }

    private static String checkText(String value, String name) {
      if (value == null || value.isBlank() || value.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException(name + " must not be blank or contain control characters");
      }
      return value.strip();
    }
  }
}
