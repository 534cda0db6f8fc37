package com.hoopai.invoices.client.oauth;

import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.oauth.internal.SingleFlight;
import com.hoopai.invoices.client.oauth.internal.TokenEndpoint;
import com.hoopai.invoices.client.oauth.internal.TokenResponse;
import com.hoopai.invoices.client.oauth.internal.UnauthorizedCompanyTokenException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Location tokens for an agency: each location's token is minted from the agency (Company) token through
 * {@code POST /oauth/locationToken}, cached in memory until it expires (minus the margin), one mint at a
 * time per location however many threads ask. A request that names no location gets the agency token.
 *
 * <p>A 401 on a location token mints a new one (once; the client replays the request once); a 401 from the
 * mint itself refreshes the agency token through its {@link OAuthTokenProvider} and mints once more.
 * Location tokens are not stored: minting one costs one call, and only the agency's refresh token, which
 * its provider keeps in its {@link TokenStore}, must survive a restart.
 *
 * <pre>{@code
 * OAuthTokenProvider agency = OAuthTokenProvider.builder(app.withUserType(UserType.COMPANY))
 *     .defaultKey(companyId)
 *     .tokenStore(store)
 *     .build();
 * InvoicesClient client = InvoicesClient.builder()
 *     .accessTokenProvider(AgencyLocationTokenProvider.of(agency))
 *     .build();
 * client.forLocation("ve9EPM428h8vShlRW1KT").invoices().getInvoice(invoiceId);   // that location's token
 * }</pre>
 */
public final class AgencyLocationTokenProvider implements AccessTokenProvider {

  /** A minted location token; {@code toString} hides the tokens. */
  private record LocationToken(String accessToken, Instant expiresAt, String refreshToken, String scope) {
    boolean serves(String rejected, Instant now, Duration margin) {
      return Freshness.serves(accessToken, expiresAt, rejected, now, margin);
    }

    /** The expiry and scope only: a record's own {@code toString} would print the tokens. */
    @Override
    public String toString() {
      return "LocationToken{expiresAt=" + expiresAt + ", scope=" + scope + "}";
    }
  }

  private final OAuthTokenProvider agency;
  private final String companyId;
  private final TokenEndpoint endpoint;
  private final Duration margin;
  private final Clock clock;
  private final Duration maxWait;
  private final ConcurrentMap<String, LocationToken> cache = new ConcurrentHashMap<>();
  private final SingleFlight<LocationToken> flights = new SingleFlight<>();

  private AgencyLocationTokenProvider(Builder builder) {
    this.agency = builder.agency;
    ProviderSettings settings = agency.settings();
    this.companyId = settings.defaultKey();
    this.endpoint = settings.endpoint();
    this.margin = builder.margin;
    this.clock = settings.clock();
    // A mint may wait for the agency token's own flight, then make up to two calls (the second after a 401).
    this.maxWait = settings.maxWait().plus(endpoint.callTimeout().multipliedBy(2));
  }

  /**
   * Location tokens minted from the agency tokens of the provider, with the default margin (5 minutes).
   *
   * @param agencyTokens a provider of company credentials (its default key is the company id)
   * @return the provider
   * @throws IllegalArgumentException if the provider is not for company credentials
   */
  public static AgencyLocationTokenProvider of(OAuthTokenProvider agencyTokens) {
    return builder(agencyTokens).build();
  }

  /**
   * A builder.
   *
   * @param agencyTokens a provider of company credentials (its default key is the company id)
   * @return a new builder
   * @throws IllegalArgumentException if the provider is not for company credentials
   */
  public static Builder builder(OAuthTokenProvider agencyTokens) {
    return new Builder(agencyTokens);
  }

  /**
   * The location's token (cached, minted when missing or expiring), or the agency token when the request
   * names no location.
   *
   * @param locationId the location, or {@code null}
   * @return the access token
   * @throws LocationInactiveException if the location is not active
   * @throws OAuthException if no token can be had (the agency's own token failing included)
   */
  @Override
  public String accessToken(String locationId) {
    if (locationId == null) {
      return agency.accessToken(null);
    }
    LocationToken cached = cache.get(locationId);
    if (cached != null && cached.serves(null, clock.instant(), margin)) {
      return cached.accessToken();
    }
    return mint(locationId, null).accessToken();
  }

  /**
   * A location token was refused (401): mints a new one unless that already happened, and answers true. A
   * refused agency token (no location) is refreshed by the agency provider.
   *
   * @param locationId the request's location, or {@code null}
   * @param rejectedToken the refused token
   * @return true if a replay would carry another token
   */
  @Override
  public boolean refreshAfterUnauthorized(String locationId, String rejectedToken) {
    if (locationId == null) {
      return agency.refreshAfterUnauthorized(null, rejectedToken);
    }
    if (rejectedToken == null) {
      return false;
    }
    LocationToken cached = cache.get(locationId);
    if (cached != null && cached.serves(rejectedToken, clock.instant(), margin)) {
      return true;
    }
    return !rejectedToken.equals(mint(locationId, rejectedToken).accessToken());
  }

  /**
   * Makes sure a location has a token now (the app was just installed there): mints one unless a valid one
   * is cached. When HoopAI's answer carried a refresh token, the tokens are returned as a record for a
   * {@link TokenStore} (key: the location id), so a location-level {@link OAuthTokenProvider} can use them.
   *
   * <pre>{@code
   * tokens.prepareLocation("ve9EPM428h8vShlRW1KT").ifPresent(store::put);
   * }</pre>
   *
   * @param locationId the location
   * @return the location's tokens as a store record, empty when the answer had no refresh token
   * @throws LocationInactiveException if the location is not active
   * @throws OAuthException if no token can be had
   */
  public Optional<StoredTokens> prepareLocation(String locationId) {
    Objects.requireNonNull(locationId, "locationId");
    LocationToken cached = cache.get(locationId);
    LocationToken token = cached != null && cached.serves(null, clock.instant(), margin) ? cached
        : mint(locationId, null);
    if (token.refreshToken() == null) {
      return Optional.empty();
    }
    return Optional.of(StoredTokens.builder().key(locationId).userType(UserType.LOCATION)
        .accessToken(token.accessToken()).refreshToken(token.refreshToken()).expiresAt(token.expiresAt())
        .scope(token.scope()).companyId(companyId).locationId(locationId).build());
  }

  /**
   * Drops every cached location token (the agency uninstalled the app).
   */
  public void invalidateAll() {
    cache.clear();
  }

  /**
   * Drops a location's cached token: the next request mints a new one.
   *
   * @param locationId the location
   */
  public void invalidate(String locationId) {
    cache.remove(locationId);
  }

  /**
   * The provider of the agency (Company) tokens the location tokens are minted from, for its
   * {@link OAuthTokenProvider#status status}.
   *
   * @return the agency provider
   */
  public OAuthTokenProvider agencyTokens() {
    return agency;
  }

  /**
   * The company the location tokens are minted for.
   *
   * @return the company id
   */
  public String companyId() {
    return companyId;
  }

  @Override
  public String toString() {
    return "AgencyLocationTokenProvider{companyId=" + companyId + ", cachedLocations=" + cache.size()
        + ", refreshMargin=" + margin + "}";
  }

  private LocationToken mint(String locationId, String rejected) {
    return flights.run(locationId, () -> {
      LocationToken cached = cache.get(locationId);
      Instant now = clock.instant();
      if (cached != null && cached.serves(rejected, now, margin)) {
        return cached;   // minted by the flight that just ended
      }
      String agencyToken = agency.accessToken(null);
      Instant sent = clock.instant();
      TokenResponse answer;
      try {
        answer = endpoint.mintLocationToken(agencyToken, companyId, locationId);
      } catch (UnauthorizedCompanyTokenException e) {
        if (!agency.refreshAfterUnauthorized(null, agencyToken)) {
          throw e;
        }
        sent = clock.instant();
        answer = endpoint.mintLocationToken(agency.accessToken(null), companyId, locationId);
      }
      LocationToken minted = new LocationToken(answer.accessToken(), answer.expiresAt(sent), answer.refreshToken(),
          answer.scope());
      cache.put(locationId, minted);
      return minted;
    }, maxWait);
  }

  /**
   * Configures an {@link AgencyLocationTokenProvider}.
   *
   * <pre>{@code
   * AgencyLocationTokenProvider tokens = AgencyLocationTokenProvider.builder(agency)
   *     .refreshMargin(Duration.ofMinutes(10))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final OAuthTokenProvider agency;
    private Duration margin = OAuthTokenProvider.DEFAULT_REFRESH_MARGIN;

    private Builder(OAuthTokenProvider agency) {
      this.agency = Objects.requireNonNull(agency, "agencyTokens");
      if (agency.credentials().userType() != UserType.COMPANY) {
        throw new IllegalArgumentException("agencyTokens must be a provider of Company credentials");
      }
    }

    /**
     * How long before expiry a location token is minted again.
     *
     * @param margin zero or more, less than a day; default 5 minutes
     * @return this builder
     */
    public Builder refreshMargin(Duration margin) {
      this.margin = ProviderSettings.checkMargin(margin);
      return this;
    }

    /**
     * Builds the provider.
     *
     * @return the provider
     */
    public AgencyLocationTokenProvider build() {
      return new AgencyLocationTokenProvider(this);
    }
  }
}
