package com.hoopai.invoices.client.oauth;

import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.oauth.internal.SingleFlight;
import com.hoopai.invoices.client.oauth.internal.TokenEndpoint;
import com.hoopai.invoices.client.oauth.internal.TokenResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
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
  /** An answer without {@code expires_in} is taken to last this long. */
  static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

  private static final class KeyState {
    volatile StoredTokens current;
    volatile Pending pending;
    volatile Failure failure;
    volatile long lastUsed = System.nanoTime();
  }

  /** A key that works and has not been used for this long is dropped from memory (the store still has it). */
  static final long IDLE_EVICTION_NANOS = TimeUnit.MINUTES.toNanos(10);
  private static final long SWEEP_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

  /** Refreshed tokens not saved yet, and the version they replace. */
  private record Pending(StoredTokens tokens, long baseVersion) {
  }

  /**
   * The last failure; no new refresh before {@code retryAt}. A refused refresh token is remembered (it is
   * worthless now) so it is never sent again, whatever version numbers the store gives later records.
   */
  private record Failure(OAuthException error, Instant retryAt, Duration backoff, String deadRefreshToken) {
    boolean backingOff(Instant now) {
      return now.isBefore(retryAt);
    }

    boolean refused(StoredTokens stored) {
      return deadRefreshToken != null && deadRefreshToken.equals(stored.refreshToken());
    }
  }

  private final OAuthCredentials credentials;
  private final TokenEndpoint endpoint;
  private final TokenStore store;
  private final Duration margin;
  private final Duration lease;
  private final Duration firstBackoff;
  private final Duration maxBackoff;
  private final String owner;
  private final String defaultKey;
  private final OAuthListener listener;
  private final Clock clock;
  private final Duration maxWait;
  private final ConcurrentMap<String, KeyState> states = new ConcurrentHashMap<>();
  /** The keys whose state is not VALID, with that state: kept up to date so the summary costs O(problems). */
  private final ConcurrentMap<String, TokenStatus.State> notValid = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicBoolean sweeping = new java.util.concurrent.atomic.AtomicBoolean();
  private volatile long nextSweep = System.nanoTime() + SWEEP_INTERVAL_NANOS;
  private final SingleFlight<StoredTokens> flights = new SingleFlight<>();

  private OAuthTokenProvider(Builder builder) {
    this.credentials = builder.credentials;
    this.endpoint = new TokenEndpoint(builder.credentials, builder.httpClient, builder.connectTimeout,
        builder.readTimeout);
    this.store = builder.store != null ? builder.store : new InMemoryTokenStore(builder.clock);
    this.margin = builder.margin;
    Duration minimumLease = endpoint.callTimeout().plusSeconds(30);
    if (builder.lease != null && builder.lease.compareTo(minimumLease) < 0) {
      throw new IllegalStateException("leaseDuration must be longer than a refresh call can take: at least "
          + minimumLease.toSeconds() + " s with these timeouts");
    }
    this.lease = builder.lease != null ? builder.lease
        : (DEFAULT_LEASE.compareTo(minimumLease) >= 0 ? DEFAULT_LEASE : minimumLease);
    this.firstBackoff = builder.firstBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.owner = builder.owner != null ? builder.owner : "hoopai-" + UUID.randomUUID();
    this.defaultKey = builder.defaultKey;
    this.listener = builder.listener;
    this.clock = builder.clock;
    this.maxWait = endpoint.callTimeout().plus(lease).plusSeconds(15);
  }

  /**
   * A builder for these credentials. Location credentials serve every location whose tokens the store
   * holds; company credentials need the company id as {@link Builder#defaultKey(String)}.
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
    KeyState state = state(key);
    StoredTokens usable = usable(state, clock.instant());
    return usable != null ? usable.accessToken() : obtain(key, state, null).accessToken();
  }

  /**
   * Called by the client when the server refused {@code rejectedToken} (401). If the key's token is already
   * another one (a refresh happened meanwhile, here or in another process), answers true at once; otherwise
   * refreshes (single flight, under the store's lease) and answers true. The client then replays the
   * request once.
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
    KeyState state = state(key);
    StoredTokens current = state.current;
    if (current != null && state.pending == null && current.accessToken() != null
        && !current.accessToken().equals(rejectedToken) && !current.expiresWithin(clock.instant(), Duration.ZERO)) {
      return true;
    }
    return !rejectedToken.equals(obtain(key, state, rejectedToken).accessToken());
  }

  /**
   * What this provider knows about a key now; makes no call.
   *
   * @param key a location id or company id
   * @return the status
   */
  public TokenStatus status(String key) {
    KeyState state = states.get(Objects.requireNonNull(key, "key"));
    if (state == null) {
      return new TokenStatus(key, TokenStatus.State.NOT_LOADED, -1, null, null, null);
    }
    StoredTokens current = state.current;
    Failure failure = state.failure;
    TokenStatus.State value = stateOf(state);
    return new TokenStatus(key, value, current == null ? -1 : current.version(),
        current == null ? null : current.expiresAt(), failure == null ? null : failure.error(),
        failure == null || failure.error() instanceof ReauthorizationRequiredException ? null : failure.retryAt());
  }

  private static TokenStatus.State stateOf(KeyState state) {
    Failure failure = state.failure;
    if (state.pending != null) {
      return TokenStatus.State.SAVE_PENDING;
    } else if (failure != null && failure.error() instanceof ReauthorizationRequiredException) {
      return TokenStatus.State.REAUTHORIZATION_REQUIRED;
    } else if (failure != null) {
      return TokenStatus.State.REFRESH_FAILING;
    }
    return state.current == null ? TokenStatus.State.NOT_LOADED : TokenStatus.State.VALID;
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
    int keys = states.size();
    java.util.Map<TokenStatus.State, Integer> counts = new java.util.EnumMap<>(TokenStatus.State.class);
    java.util.List<String> attention = new java.util.ArrayList<>();
    int notValidCount = 0;
    for (java.util.Map.Entry<String, TokenStatus.State> entry : notValid.entrySet()) {
      TokenStatus.State state = entry.getValue();
      counts.merge(state, 1, Integer::sum);
      notValidCount++;
      if (state != TokenStatus.State.NOT_LOADED && attention.size() < TokenStatusSummary.MAX_LISTED) {
        attention.add(entry.getKey() + ": " + state);
      }
    }
    if (keys > notValidCount) {
      counts.put(TokenStatus.State.VALID, keys - notValidCount);
    }
    return new TokenStatusSummary(keys, counts, attention);
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
    return states.keySet().stream().sorted().map(this::status).toList();
  }

  /**
   * The token store.
   *
   * @return the store
   */
  public TokenStore tokenStore() {
    return store;
  }

  /**
   * The credentials.
   *
   * @return the credentials
   */
  public OAuthCredentials credentials() {
    return credentials;
  }

  @Override
  public String toString() {
    return "OAuthTokenProvider{clientId=" + credentials.clientId() + ", userType=" + credentials.userType()
        + ", store=" + store + ", refreshMargin=" + margin + ", keys=" + states.size() + "}";
  }

  TokenEndpoint endpoint() {
    return endpoint;
  }

  Clock clock() {
    return clock;
  }

  String defaultKey() {
    return defaultKey;
  }

  Duration maxWait() {
    return maxWait;
  }

  private String keyFor(String locationId) {
    if (credentials.userType() == UserType.COMPANY) {
      return defaultKey;
    }
    if (locationId != null) {
      return locationId;
    }
    if (defaultKey != null) {
      return defaultKey;
    }
    throw new IllegalStateException("the request names no location and the OAuthTokenProvider has no defaultKey");
  }

  private KeyState state(String key) {
    long now = System.nanoTime();
    if (now - nextSweep >= 0) {
      sweep(now);
    }
    KeyState state = states.get(key);
    if (state == null) {
      state = states.computeIfAbsent(key, k -> {
        notValid.put(k, TokenStatus.State.NOT_LOADED);
        return new KeyState();
      });
    }
    state.lastUsed = now;
    return state;
  }

  /** The hot path: a token that can be used without any I/O, or null. */
  private StoredTokens usable(KeyState state, Instant now) {
    StoredTokens current = state.current;
    if (current == null || current.accessToken() == null) {
      return null;
    }
    Failure failure = state.failure;
    boolean backingOff = failure != null && failure.backingOff(now) && !current.expiresWithin(now, Duration.ZERO);
    if (state.pending != null) {
      return backingOff ? current : null;
    }
    return !current.expiresWithin(now, margin) || backingOff ? current : null;
  }

  private StoredTokens obtain(String key, KeyState state, String rejected) {
    try {
      StoredTokens tokens = flights.run(key, () -> work(key, state, rejected), maxWait);
      if (rejected != null && rejected.equals(tokens.accessToken())) {
        // We joined a flight started for another reason; run one of our own, which refreshes.
        tokens = flights.run(key, () -> work(key, state, rejected), maxWait);
      }
      return tokens;
    } finally {
      track(key, state);
    }
  }

  /** Notes the key's state for the summary; every change of state happens in {@link #obtain}. */
  private void track(String key, KeyState state) {
    if (states.get(key) != state) {
      return;   // dropped meanwhile
    }
    TokenStatus.State now = stateOf(state);
    if (now == TokenStatus.State.VALID) {
      notValid.remove(key);
    } else {
      notValid.put(key, now);
    }
  }

  /** Drops keys that work and have been idle: their tokens are in the store. Keys with a problem stay. */
  private void sweep(long now) {
    if (!sweeping.compareAndSet(false, true)) {
      return;
    }
    try {
      nextSweep = now + SWEEP_INTERVAL_NANOS;
      states.entrySet().removeIf(entry -> {
        KeyState state = entry.getValue();
        return now - state.lastUsed >= IDLE_EVICTION_NANOS && state.pending == null && state.failure == null
            && !notValid.containsKey(entry.getKey());
      });
    } finally {
      sweeping.set(false);
    }
  }

  /** Whether tokens serve the caller: not expiring (ahead of expiry), or not the refused one (after a 401). */
  private boolean serves(StoredTokens tokens, String rejected, Instant now) {
    if (tokens == null || tokens.accessToken() == null) {
      return false;
    }
    return rejected == null
        ? !tokens.expiresWithin(now, margin)
        : !tokens.accessToken().equals(rejected) && !tokens.expiresWithin(now, Duration.ZERO);
  }

  /** One flight: saves pending tokens, reloads, refreshes under the store's lease if still needed. */
  private StoredTokens work(String key, KeyState state, String rejected) {
    Instant now = clock.instant();
    Pending pending = state.pending;
    if (pending != null) {
      savePending(key, state, pending, true, rejected, now);
      if (state.pending != null || serves(state.current, rejected, now)) {
        // Still unsaved: savePending returned only because the previous token is still valid. Never refresh
        // (spend a refresh token) while a newer one is held unsaved.
        return state.current;
      }
    } else if (state.current != null && rejected == null && serves(state.current, null, now)) {
      return state.current;   // another flight refreshed it just before this one started
    }

    long deadline = System.nanoTime() + lease.plusSeconds(10).toNanos();
    long pause = 20;
    StoredTokens stored;
    while (true) {
      now = clock.instant();
      try {
        stored = store.load(key).orElse(null);
      } catch (TokenStoreException e) {
        return reportAndFallBack(key, state, e, rejected, now);
      }
      if (stored == null) {
        ReauthorizationRequiredException e = new ReauthorizationRequiredException(key, credentials.userType(),
            "no tokens are stored for it", null, 0, null);
        state.current = null;
        state.failure = new Failure(e, now, firstBackoff, null);
        listener.onReauthorizationRequired(e);
        throw e;
      }
      if (state.pending != null) {
        throw new IllegalStateException("unsaved tokens of " + key + " are pending");   // cannot happen
      }
      adopt(state, stored);
      if (serves(stored, rejected, now)) {
        return stored;
      }
      Failure failure = state.failure;
      if (failure != null && (failure.refused(stored) || failure.backingOff(now))) {
        // A refused refresh token is never sent again; after other failures, wait for the back-off.
        return fallBack(state, failure.error(), rejected, now);
      }
      try {
        if (store.tryLease(key, stored.version(), owner, now.plus(lease))) {
          break;
        }
      } catch (TokenStoreException e) {
        return reportAndFallBack(key, state, e, rejected, now);
      }
      // Another process is refreshing this key: wait for its result rather than spend the same token.
      if (System.nanoTime() - deadline > 0) {
        OAuthException e = new OAuthException("another process has held the refresh lease of " + key + " for more"
            + " than " + lease.toSeconds() + " s without saving new tokens", key, null, 0, null, false, null);
        return reportAndFallBack(key, state, e, rejected, now);
      }
      sleep(pause);
      pause = Math.min(pause * 2, 500);
    }
    return refreshLeased(key, state, stored, rejected);
  }

  /** Spends the refresh token (this process holds the lease) and saves the result before anyone uses it. */
  private StoredTokens refreshLeased(String key, KeyState state, StoredTokens stored, String rejected) {
    Instant sent = clock.instant();
    TokenResponse answer;
    try {
      answer = endpoint.refresh(key, stored.refreshToken());
    } catch (OAuthException e) {
      releaseLease(key);
      if (e instanceof ReauthorizationRequiredException refused) {
        state.failure = new Failure(refused, sent, firstBackoff, stored.refreshToken());
        listener.onReauthorizationRequired(refused);
        return fallBack(state, refused, rejected, clock.instant());
      }
      return reportAndFallBack(key, state, e, rejected, clock.instant());
    }
    StoredTokens next = stored.toBuilder()
        .accessToken(answer.accessToken())
        .refreshToken(answer.refreshToken() != null ? answer.refreshToken() : stored.refreshToken())
        .expiresAt(sent.plus(answer.expiresInSeconds() != null
            ? Duration.ofSeconds(answer.expiresInSeconds()) : DEFAULT_LIFETIME))
        .scope(answer.scope() != null ? answer.scope() : stored.scope())
        .companyId(answer.companyId() != null ? answer.companyId() : stored.companyId())
        .locationId(answer.locationId() != null ? answer.locationId() : stored.locationId())
        .version(stored.version() + 1)
        .build();
    // From here on the new refresh token is the only valid one: it is saved, or kept until it is.
    state.pending = new Pending(next, stored.version());
    savePending(key, state, state.pending, false, rejected, clock.instant());
    // Saved: the new tokens. Not saved: the previous token, still valid (savePending threw otherwise).
    return state.current;
  }

  /**
   * Saves refreshed tokens. On success they become current; on a store failure they stay pending, the
   * failure is reported, and the caller falls back to a still-valid token or gets the exception.
   */
  private void savePending(String key, KeyState state, Pending pending, boolean recovering, String rejected,
      Instant now) {
    boolean saved;
    try {
      saved = store.saveRefreshed(key, pending.baseVersion(), owner, pending.tokens());
    } catch (TokenStoreException e) {
      saveFailed(key, state, e, rejected, now);
      return;
    }
    if (saved) {
      state.current = pending.tokens();
      state.pending = null;
      state.failure = null;
      if (recovering) {
        listener.onSaveRecovered(key);
      }
      listener.onRefreshed(key, pending.tokens().expiresAt());
      return;
    }
    Optional<StoredTokens> stored;
    try {
      stored = store.load(key);
    } catch (TokenStoreException e) {
      saveFailed(key, state, e, rejected, now);
      return;
    }
    if (stored.isPresent() && stored.get().version() == pending.baseVersion()) {
      // Our lease ran out and another owner holds one: it will be refused (we spent that token) and release.
      saveFailed(key, state, new TokenStoreException("refreshed tokens of " + key + " are not saved yet: another"
          + " process holds the refresh lease", key, null), rejected, now);
      return;
    }
    // The record was replaced meanwhile (a new authorization, or deleted): the store wins.
    state.pending = null;
    OAuthException e = new OAuthException("refreshed tokens of " + key + " were dropped: the stored record changed"
        + " while they were being saved (a new authorization?); the stored tokens are used", key, null, 0, null,
        false, null);
    listener.onRefreshFailed(key, e);
    if (stored.isEmpty()) {
      state.current = null;
      ReauthorizationRequiredException gone = new ReauthorizationRequiredException(key, credentials.userType(),
          "its tokens were deleted from the store", null, 0, null);
      state.failure = new Failure(gone, now, firstBackoff, null);
      listener.onReauthorizationRequired(gone);
      throw gone;
    }
    state.current = stored.get();
    state.failure = null;
  }

  private void saveFailed(String key, KeyState state, TokenStoreException e, String rejected, Instant now) {
    state.failure = nextFailure(state.failure, e, now);
    listener.onSaveFailed(key, e);
    fallBack(state, e, rejected, now);
    // fallBack returned: the previous token is still valid and is used meanwhile; the pending tokens stay.
  }

  private void adopt(KeyState state, StoredTokens stored) {
    StoredTokens current = state.current;
    if (current == null || current.version() != stored.version()
        || !Objects.equals(current.accessToken(), stored.accessToken())) {
      state.current = stored;
      Failure failure = state.failure;
      if (failure != null && current != null && !failure.refused(stored)) {
        state.failure = null;   // a newer record (a refresh elsewhere, a new authorization) clears old failures
      }
    }
  }

  private StoredTokens reportAndFallBack(String key, KeyState state, OAuthException e, String rejected,
      Instant now) {
    // Back off after the token endpoint failed; a store that could not be read is simply asked again.
    state.failure = e instanceof TokenStoreException ? new Failure(e, now, firstBackoff, null)
        : nextFailure(state.failure, e, now);
    listener.onRefreshFailed(key, e);
    return fallBack(state, e, rejected, now);
  }

  /** The current token if it is still valid (and not the refused one), else the failure. */
  private StoredTokens fallBack(KeyState state, OAuthException e, String rejected, Instant now) {
    StoredTokens current = state.current;
    if (current != null && current.accessToken() != null && !current.expiresWithin(now, Duration.ZERO)
        && !current.accessToken().equals(rejected)) {
      return current;
    }
    throw e;
  }

  private Failure nextFailure(Failure previous, OAuthException e, Instant now) {
    Duration backoff = previous == null || previous.deadRefreshToken() != null ? firstBackoff
        : min(previous.backoff().multipliedBy(2), maxBackoff);
    return new Failure(e, now.plus(backoff), backoff, null);
  }

  private void releaseLease(String key) {
    try {
      store.release(key, owner);
    } catch (TokenStoreException e) {
      // The lease runs out on its own; the refresh failure is what the caller needs to hear about.
      listener.onRefreshFailed(key, e);
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static void sleep(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OAuthException("interrupted while waiting for another process's token refresh", null, null, 0,
          null, false, e);
    }
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
    private final OAuthCredentials credentials;
    private TokenStore store;
    private Duration margin = DEFAULT_REFRESH_MARGIN;
    private Duration lease;
    private Duration firstBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofMinutes(1);
    private String owner;
    private String defaultKey;
    private OAuthListener listener = OAuthListener.logging();
    private OkHttpClient httpClient;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();

    private Builder(OAuthCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /**
     * Where tokens are kept; default a new {@link InMemoryTokenStore} (lost on restart).
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
     * @param margin zero or more, less than a day; default 5 minutes
     * @return this builder
     */
    public Builder refreshMargin(Duration margin) {
      if (margin == null || margin.isNegative() || margin.compareTo(Duration.ofHours(23)) > 0) {
        throw new IllegalArgumentException("refreshMargin must be between 0 and 23 hours, was " + margin);
      }
      this.margin = margin;
      return this;
    }

    /**
     * The key used when a request names no location (a single-location app); for company credentials, the
     * company id, used for every request.
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
     * @param lease the lease
     * @return this builder
     */
    public Builder leaseDuration(Duration lease) {
      if (lease == null || lease.isNegative() || lease.isZero()) {
        throw new IllegalArgumentException("leaseDuration must be positive, was " + lease);
      }
      this.lease = lease;
      return this;
    }

    /**
     * The back-off after a failed refresh (not a refused token): no new refresh of that key before it ends.
     *
     * @param first after the first failure; default 1 s
     * @param max the longest, reached by doubling; default 1 min
     * @return this builder
     */
    public Builder retryBackoff(Duration first, Duration max) {
      if (first == null || max == null || first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
        throw new IllegalArgumentException("retryBackoff needs 0 < first <= max, was " + first + ", " + max);
      }
      this.firstBackoff = first;
      this.maxBackoff = max;
      return this;
    }

    /**
     * The lease owner id of this provider; default a random id. Must differ between providers.
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
     * @param timeout positive; default 10 s
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Read timeout of token requests.
     *
     * @param timeout positive; default 30 s
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /**
     * The clock expiry is judged by (tests).
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
     * @return the provider
     * @throws IllegalStateException if company credentials have no default key (the company id), or the
     *     lease is shorter than a refresh call can take
     */
    public OAuthTokenProvider build() {
      if (credentials.userType() == UserType.COMPANY && defaultKey == null) {
        throw new IllegalStateException("company credentials need defaultKey(companyId)");
      }
      return new OAuthTokenProvider(this);
    }

    private static Duration positive(Duration timeout, String name) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + timeout);
      }
      return timeout;
    }
  }
}
