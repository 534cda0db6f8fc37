package com.hoopai.invoices.client.oauth;

import com.hoopai.invoices.client.AccessTokenProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * OAuth access tokens for the client, per location (or per company for agency tokens), kept fresh from a
 * {@link TokenStore} shared by every process that serves the same installations.
 *
 * <p>What it guarantees:
 * <ul>
 *   <li><b>Refresh ahead of expiry</b>: a token expiring within the margin (default 5 minutes) is refreshed
 *       before use; a request the server answers 401 gets one refresh and one replay (see
 *       {@link #refreshAfterUnauthorized}).
 *   <li><b>Single flight</b>: however many threads need a key's token at once, one refresh goes out and
 *       all of them use its result. Across processes the store's lease does the same: a process that finds
 *       another one refreshing waits for its result instead of spending the same refresh token.
 *   <li><b>Rotation safety</b>: the new refresh token is saved (compare-and-set on the store's version)
 *       before the new access token is used. If the save fails, the new tokens stay in memory, no refresh
 *       token of that key is spent, and the save is retried before anything else; the failure is reported
 *       ({@link OAuthListener#onSaveFailed}, logged at {@code ERROR} by default, {@link #status}) and thrown
 *       as {@link TokenStoreException} to a call that has no still-valid token to fall back on.
 *   <li><b>Unknown outcomes are not retried in a loop</b>: a refresh answered with a 5xx, or timed out, may
 *       or may not have spent the refresh token. The provider keeps it (it is the only one there is), fails
 *       that attempt with an {@link OAuthException} whose {@code refreshOutcomeUnknown()} is true, and tries
 *       once more only after a back-off (1 s doubling to 1 min by default); if the token was spent, that try
 *       gets {@link ReauthorizationRequiredException}.
 *   <li><b>Failures ahead of expiry do not fail calls</b>: while the current access token has not expired,
 *       a failed refresh is reported and the token is used.
 *   <li>A refused refresh token gives {@link ReauthorizationRequiredException} naming the location, leaves
 *       the store unchanged, and is not sent again until the store holds a newer record;
 *       {@link LocationInactiveException} keeps the refresh token.
 * </ul>
 *
 * <pre>{@code
 * OAuthTokenProvider tokens = OAuthTokenProvider.builder(
 *         OAuthCredentials.of(clientId, clientSecret, UserType.LOCATION))
 *     .tokenStore(new JdbcTokenStore(dataSource).createTableIfMissing())
 *     .build();
 * InvoicesClient client = InvoicesClient.builder().accessTokenProvider(tokens).build();
 * client.forLocation(locationId).invoices().getInvoice(invoiceId);   // the location's token
 * }</pre>
 */
public final class OAuthTokenProvider implements AccessTokenProvider {

  /** How long before expiry a token is refreshed, by default. */
  public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(5);
  /** The shortest refresh lease, by default; it is always longer than a refresh call can take. */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);

  // The hot path reads the cache only; anything else (loading, the lease, the refresh, saving the rotated
  // token, back-off, status bookkeeping) happens in the coordinator, in one flight per key.
  private final ProviderSettings settings;
  private final TokenCache cache = new TokenCache();
  private final RefreshCoordinator coordinator;

  private OAuthTokenProvider(ProviderSettings settings) {
    this.settings = settings;
    this.coordinator = new RefreshCoordinator(settings, cache);
  }

  /**
   * A builder for these credentials. Location credentials serve every location whose tokens the store
   * holds; company credentials need the company id as {@link Builder#defaultKey(String)}.
   *
   * <pre>{@code
   * OAuthTokenProvider.Builder builder = OAuthTokenProvider.builder(
   *     OAuthCredentials.of(clientId, clientSecret, UserType.LOCATION));
   * }</pre>
   *
   * @param credentials the app, the kind of token and the endpoints
   * @return a new builder
   */
  public static Builder builder(OAuthCredentials credentials) {
    return new Builder(credentials);
  }

  /**
   * The token for a request about a location: from memory on the hot path, refreshed first when it expires
   * within the margin. For company credentials the location is ignored: the company token is returned.
   *
   * <pre>{@code
   * String bearer = tokens.accessToken("ve9EPM428h8vShlRW1KT");   // for a call made outside the client
   * }</pre>
   *
   * @param locationId the location, or {@code null} for the default key
   * @return the access token
   * @throws ReauthorizationRequiredException if the refresh token was refused or no tokens are stored
   * @throws LocationInactiveException if the location is not active and the token has expired
   * @throws TokenStoreException if the store failed and no valid token is at hand
   * @throws OAuthException if a token cannot be had for another reason
   * @throws IllegalStateException if the request names no location and no default key was set
   */
  @Override
  public String accessToken(String locationId) {
    String key = keyFor(locationId);
    KeyTokens entry = cache.entry(key);
    StoredTokens usable = entry.usable(settings.clock().instant(), settings.margin());
    return usable != null ? usable.accessToken() : coordinator.obtain(key, entry, null).accessToken();
  }

  /**
   * Called by the client when the server refused {@code rejectedToken} (401). If the key's token is already
   * another one (a refresh happened meanwhile, here or in another process), answers true at once; otherwise
   * refreshes (single flight, under the store's lease) and answers true. The client then replays the
   * request once.
   *
   * <pre>{@code
   * if (response.code() == 401 && tokens.refreshAfterUnauthorized(locationId, sentToken)) {
   *   // send the request once more with tokens.accessToken(locationId)
   * }
   * }</pre>
   *
   * @param locationId the request's location, or {@code null}
   * @param rejectedToken the token the server refused
   * @return true if a replay would carry another, fresh token
   * @throws OAuthException (or a subclass) if no fresh token can be had: the caller sees it instead of the 401
   */
  @Override
  public boolean refreshAfterUnauthorized(String locationId, String rejectedToken) {
    if (rejectedToken == null) {
      return false;
    }
    String key = keyFor(locationId);
    KeyTokens entry = cache.entry(key);
    if (entry.replaced(rejectedToken, settings.clock().instant())) {
      return true;
    }
    return !rejectedToken.equals(coordinator.obtain(key, entry, rejectedToken).accessToken());
  }

  /**
   * What this provider knows about a key now; makes no call.
   *
   * <pre>{@code
   * TokenStatus status = tokens.status(locationId);
   * }</pre>
   *
   * @param key a location id or company id
   * @return the status
   */
  public TokenStatus status(String key) {
    return StatusBoard.status(key, cache.find(Objects.requireNonNull(key, "key")));
  }

  /**
   * Counts of keys by state and the keys that need attention, for health checks: kept up to date as tokens
   * change, so it costs O(keys with a problem), not O(keys); makes no call.
   *
   * <pre>{@code
   * TokenStatusSummary summary = tokens.statusSummary();
   * summary.attention().forEach(log::warn);
   * }</pre>
   *
   * @return the summary
   */
  public TokenStatusSummary statusSummary() {
    return cache.summary();
  }

  /**
   * What this provider knows about every key it holds (a working key idle for 10 minutes is dropped and
   * loaded again when used), for health checks; makes no call. It walks every key: prefer
   * {@link #statusSummary()}.
   *
   * <pre>{@code
   * long broken = tokens.statuses().stream()
   *     .filter(s -> s.state() == TokenStatus.State.REAUTHORIZATION_REQUIRED).count();
   * }</pre>
   *
   * @return one status per key, sorted by key
   */
  public List<TokenStatus> statuses() {
    return cache.sortedKeys().stream().map(this::status).toList();
  }

  /**
   * The token store.
   *
   * <pre>{@code
   * OAuthInstallFlow.builder(tokens.credentials(), tokens.tokenStore());
   * }</pre>
   *
   * @return the store
   */
  public TokenStore tokenStore() {
    return settings.store();
  }

  /**
   * The credentials.
   *
   * <pre>{@code
   * UserType type = tokens.credentials().userType();
   * }</pre>
   *
   * @return the credentials
   */
  public OAuthCredentials credentials() {
    return settings.credentials();
  }

  /**
   * The client id, user type, store, margin and number of keys held; never a token or the secret.
   *
   * @return a description for logs
   */
  @Override
  public String toString() {
    return "OAuthTokenProvider{clientId=" + settings.credentials().clientId() + ", userType="
        + settings.credentials().userType() + ", store=" + settings.store() + ", refreshMargin="
        + settings.margin() + ", keys=" + cache.size() + "}";
  }

  /** The settings, for the agency provider and the install flow built on this provider. */
  ProviderSettings settings() {
    return settings;
  }

  private String keyFor(String locationId) {
    if (settings.credentials().userType() == UserType.COMPANY) {
      return settings.defaultKey();
    }
    if (locationId != null) {
      return locationId;
    }
    if (settings.defaultKey() != null) {
      return settings.defaultKey();
    }
    throw new IllegalStateException("the request names no location and the OAuthTokenProvider has no defaultKey");
  }

  /**
   * Configures an {@link OAuthTokenProvider}; each setter checks its input at once.
   *
   * <pre>{@code
   * OAuthTokenProvider agency = OAuthTokenProvider.builder(app.withUserType(UserType.COMPANY))
   *     .defaultKey(companyId)
   *     .tokenStore(new FileTokenStore(Path.of("/var/lib/myapp/tokens")))
   *     .refreshMargin(Duration.ofMinutes(10))
   *     .listener(OAuthListener.logging().andThen(myMetrics))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    // Read by ProviderSettings.from, which copies them once they are all checked.
    final OAuthCredentials credentials;
    TokenStore store;
    Duration margin = DEFAULT_REFRESH_MARGIN;
    Duration lease;
    RefreshBackoff backoff = RefreshBackoff.defaults();
    String owner;
    String defaultKey;
    OAuthListener listener = OAuthListener.logging();
    OkHttpClient httpClient;
    Duration connectTimeout = Duration.ofSeconds(10);
    Duration readTimeout = Duration.ofSeconds(30);
    Clock clock = Clock.systemUTC();

    private Builder(OAuthCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /**
     * Where tokens are kept; default a new {@link InMemoryTokenStore} (lost on restart).
     *
     * <pre>{@code
     * builder.tokenStore(new JdbcTokenStore(dataSource).createTableIfMissing());
     * }</pre>
     *
     * @param store the store, shared with other processes serving the same installations
     * @return this builder
     */
    public Builder tokenStore(TokenStore store) {
      this.store = Objects.requireNonNull(store, "tokenStore");
      return this;
    }

    /**
     * How long before expiry a token is refreshed.
     *
     * <pre>{@code
     * builder.refreshMargin(Duration.ofMinutes(10));
     * }</pre>
     *
     * @param margin zero or more, less than a day; default 5 minutes
     * @return this builder
     */
    public Builder refreshMargin(Duration margin) {
      this.margin = ProviderSettings.checkMargin(margin);
      return this;
    }

    /**
     * The key used when a request names no location (a single-location app); for company credentials, the
     * company id, used for every request.
     *
     * <pre>{@code
     * builder.defaultKey(companyId);
     * }</pre>
     *
     * @param key a location id or company id
     * @return this builder
     */
    public Builder defaultKey(String key) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("defaultKey must not be blank");
      }
      this.defaultKey = key.strip();
      return this;
    }

    /**
     * How long a refresh lease lasts: other processes wait at most this long for this one's refresh. It must
     * be longer than a refresh call can take (the timeouts); default 2 minutes or that, whichever is longer.
     *
     * <pre>{@code
     * builder.leaseDuration(Duration.ofMinutes(3));
     * }</pre>
     *
     * @param lease the lease
     * @return this builder
     */
    public Builder leaseDuration(Duration lease) {
      this.lease = ProviderSettings.checkPositive(lease, "leaseDuration");
      return this;
    }

    /**
     * The back-off after a failed refresh (not a refused token): no new refresh of that key before it ends.
     *
     * <pre>{@code
     * builder.retryBackoff(Duration.ofSeconds(2), Duration.ofMinutes(5));
     * }</pre>
     *
     * @param first after the first failure; default 1 s
     * @param max the longest, reached by doubling; default 1 min
     * @return this builder
     */
    public Builder retryBackoff(Duration first, Duration max) {
      this.backoff = new RefreshBackoff(first, max);
      return this;
    }

    /**
     * The lease owner id of this provider; default a random id. Must differ between providers.
     *
     * <pre>{@code
     * builder.ownerId("invoices-worker-" + podName);
     * }</pre>
     *
     * @param ownerId the id
     * @return this builder
     */
    public Builder ownerId(String ownerId) {
      if (ownerId == null || ownerId.isBlank() || ownerId.length() > 200) {
        throw new IllegalArgumentException("ownerId must be 1 to 200 characters");
      }
      this.owner = ownerId.strip();
      return this;
    }

    /**
     * Hears refreshes and failures; default {@link OAuthListener#logging()}. Replaces the default: combine
     * with {@code OAuthListener.logging().andThen(yours)} to keep the logs.
     *
     * <pre>{@code
     * builder.listener(OAuthListener.logging().andThen(myMetrics));
     * }</pre>
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(OAuthListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * The OkHttp client to derive the token endpoint's client from (sharing its pool); redirects and silent
     * retries are turned off on the derived client.
     *
     * <pre>{@code
     * builder.httpClient(sharedOkHttpClient);
     * }</pre>
     *
     * @param httpClient the client
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Connect timeout of token requests.
     *
     * <pre>{@code
     * builder.connectTimeout(Duration.ofSeconds(5));
     * }</pre>
     *
     * @param timeout positive; default 10 s
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = ProviderSettings.checkPositive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Read timeout of token requests.
     *
     * <pre>{@code
     * builder.readTimeout(Duration.ofSeconds(20));
     * }</pre>
     *
     * @param timeout positive; default 30 s
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = ProviderSettings.checkPositive(timeout, "readTimeout");
      return this;
    }

    /**
     * The clock expiry is judged by (tests).
     *
     * <pre>{@code
     * builder.clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
     * }</pre>
     *
     * @param clock default the system clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the provider.
     *
     * <pre>{@code
     * OAuthTokenProvider tokens = builder.build();
     * }</pre>
     *
     * @return the provider
     * @throws IllegalStateException if company credentials have no default key (the company id), or the
     *     lease is shorter than a refresh call can take
     */
    public OAuthTokenProvider build() {
      return new OAuthTokenProvider(ProviderSettings.from(this));
    }
  }
}
