package com.hoopai.invoices.client.oauth;

import com.hoopai.invoices.client.oauth.internal.TokenEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * An {@link OAuthTokenProvider}'s settings, copied from its builder once they are all checked, so that a
 * builder changed or reused later does not reach a provider already built.
 *
 * @param credentials the app and the kind of token
 * @param endpoint the token endpoint, with the builder's timeouts
 * @param store where tokens are kept
 * @param margin how long before expiry a token is refreshed
 * @param lease how long a refresh lease lasts
 * @param backoff the pause after a failed refresh
 * @param owner this provider's lease owner id
 * @param defaultKey the key of requests that name no location, or {@code null}
 * @param listener hears refreshes and failures
 * @param clock judges expiry
 * @param maxWait how long a thread waits for another thread's flight: a refresh call plus a full lease wait
 */
record ProviderSettings(OAuthCredentials credentials, TokenEndpoint endpoint, TokenStore store, Duration margin,
    Duration lease, RefreshBackoff backoff, String owner, String defaultKey, OAuthListener listener, Clock clock,
    Duration maxWait) {

  /** The longest refresh margin: a token lives a day, so a longer margin would refresh on every call. */
  private static final Duration MAX_MARGIN = Duration.ofHours(23);

  /**
   * Checks what needs several of the builder's values together and fills in the defaults.
   *
   * @throws IllegalStateException if company credentials have no default key, or the lease is shorter than
   *     a refresh call can take
   */
  static ProviderSettings from(OAuthTokenProvider.Builder builder) {
    if (builder.credentials.userType() == UserType.COMPANY && builder.defaultKey == null) {
      throw new IllegalStateException("company credentials need defaultKey(companyId)");
    }
    TokenEndpoint endpoint = new TokenEndpoint(builder.credentials, builder.httpClient, builder.connectTimeout,
        builder.readTimeout);
    // A lease that ran out while its refresh is still in flight would let a second process spend the same token.
    Duration minimumLease = endpoint.callTimeout().plusSeconds(30);
    if (builder.lease != null && builder.lease.compareTo(minimumLease) < 0) {
      throw new IllegalStateException("leaseDuration must be longer than a refresh call can take: at least "
          + minimumLease.toSeconds() + " s with these timeouts");
    }
    Duration lease = builder.lease != null ? builder.lease
        : (OAuthTokenProvider.DEFAULT_LEASE.compareTo(minimumLease) >= 0 ? OAuthTokenProvider.DEFAULT_LEASE
            : minimumLease);
    return new ProviderSettings(builder.credentials, endpoint,
        builder.store != null ? builder.store : new InMemoryTokenStore(builder.clock), builder.margin, lease,
        builder.backoff, builder.owner != null ? builder.owner : "hoopai-" + UUID.randomUUID(),
        builder.defaultKey, builder.listener, builder.clock, endpoint.callTimeout().plus(lease).plusSeconds(15));
  }

  /**
   * Checks a refresh margin.
   *
   * @throws IllegalArgumentException unless between 0 and 23 hours
   */
  static Duration checkMargin(Duration margin) {
    if (margin == null || margin.isNegative() || margin.compareTo(MAX_MARGIN) > 0) {
      throw new IllegalArgumentException("refreshMargin must be between 0 and 23 hours, was " + margin);
    }
    return margin;
  }

  /**
   * Checks a duration that must be positive.
   *
   * @throws IllegalArgumentException if null, zero or negative
   */
  static Duration checkPositive(Duration value, String name) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }
}
