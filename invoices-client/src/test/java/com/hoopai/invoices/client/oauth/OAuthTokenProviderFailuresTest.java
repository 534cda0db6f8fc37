package com.hoopai.invoices.client.oauth;

import static com.hoopai.invoices.client.oauth.OAuthFixture.LOCATION;
import static com.hoopai.invoices.client.oauth.OAuthFixture.assertNoSecretIn;
import static com.hoopai.invoices.client.oauth.OAuthFixture.expired;
import static com.hoopai.invoices.client.oauth.OAuthFixture.inOneDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.oauth.TestSupport.MutableClock;
import com.hoopai.invoices.client.oauth.TestSupport.RecordingListener;
import com.hoopai.invoices.sandbox.server.Fault;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The OAuth provider when a refresh fails: a spent or refused refresh token, an inactive location, a 500 after
 * the token was spent, a bad gateway, a timeout, a failure while the current token is still valid. Nothing is
 * lost, nothing is retried in a loop, and the caller learns what to do.
 */
class OAuthTokenProviderFailuresTest {

  @RegisterExtension
  final OAuthFixture fake = new OAuthFixture();

  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final RecordingListener listener = new RecordingListener();

  @Test
  void aSpentRefreshTokenNeedsReauthorizationNamingTheLocationAndLeavesTheStoreUnchanged() {
    StoredTokens installed = store.put(fake.install(LOCATION, expired()));
    fake.spend(installed.refreshToken());
    OAuthTokenProvider tokens = fake.providerBuilder(store).listener(listener).build();
    InvoicesClient client = fake.client(tokens);

    ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class,
        () -> fake.getInvoice(client, LOCATION));

    assertThat(e.key()).isEqualTo(LOCATION);
    assertThat(e.userType()).isEqualTo(UserType.LOCATION);
    assertThat(e.getMessage()).contains("location " + LOCATION).contains("authorized again");
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.serverMessage()).contains("Invalid grant");
    assertThat(store.load(LOCATION)).contains(installed);
    assertThat(tokens.status(LOCATION).state()).isEqualTo(TokenStatus.State.REAUTHORIZATION_REQUIRED);
    assertNoSecretIn(e);

    // Not sent again: the server would only refuse it again.
    assertThatThrownBy(() -> fake.getInvoice(client, LOCATION)).isInstanceOf(ReauthorizationRequiredException.class);
    assertThat(fake.refreshes()).isEqualTo(1);
    assertThat(fake.apiCalls()).isEqualTo(0);
    assertThat(listener.events).containsExactly("reauthorizationRequired:" + LOCATION);

    // Authorized again (a new record in the store): works at once.
    store.put(fake.install(LOCATION, inOneDay()));
    assertThat(fake.getInvoice(client, LOCATION)).isNotNull();
    assertThat(tokens.status(LOCATION).state()).isEqualTo(TokenStatus.State.VALID);
    assertThat(tokens.statuses()).extracting(TokenStatus::key, TokenStatus::state)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LOCATION, TokenStatus.State.VALID));
  }

  @Test
  void aNewInstallationAfterADeleteWorksEvenWithTheSameVersionNumber() {
    StoredTokens installed = store.put(fake.install(LOCATION, expired()));
    fake.spend(installed.refreshToken());
    InvoicesClient client = fake.client(fake.providerBuilder(store).build());
    assertThatThrownBy(() -> fake.getInvoice(client, LOCATION)).isInstanceOf(ReauthorizationRequiredException.class);

    store.delete(LOCATION);   // uninstalled, then installed again: the new record starts at version 1 again
    StoredTokens reinstalled = store.put(fake.install(LOCATION, expired()));
    assertThat(reinstalled.version()).isEqualTo(installed.version());

    assertThat(fake.getInvoice(client, LOCATION)).isNotNull();
    assertThat(fake.refreshes()).isEqualTo(2);
  }

  @Test
  void noStoredTokensNeedReauthorization() {
    InvoicesClient client = fake.client(fake.providerBuilder(store).build());

    ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class,
        () -> fake.getInvoice(client, "locNeverInstalled"));

    assertThat(e.key()).isEqualTo("locNeverInstalled");
    assertThat(e.getMessage()).contains("no tokens are stored");
    assertThat(fake.refreshes()).isEqualTo(0);
  }

  @Test
  void anInactiveLocationIsDistinctAndKeepsItsRefreshToken() {
    StoredTokens installed = store.put(fake.install(LOCATION, expired()));
    fake.inactive(LOCATION, true);
    MutableClock clock = new MutableClock();
    OAuthTokenProvider tokens = fake.providerBuilder(store).clock(clock).listener(listener).build();
    InvoicesClient client = fake.client(tokens);

    LocationInactiveException e = catchThrowableOfType(LocationInactiveException.class,
        () -> fake.getInvoice(client, LOCATION));

    assertThat(e).isNotInstanceOf(ReauthorizationRequiredException.class);
    assertThat(e.key()).isEqualTo(LOCATION);
    assertThat(e.getMessage()).contains(LOCATION).contains("not active").contains("kept");
    assertThat(store.load(LOCATION)).contains(installed);
    assertThat(fake.isValidRefreshToken(installed.refreshToken())).isTrue();
    assertThat(listener.events).containsExactly("refreshFailed:" + LOCATION + ":LocationInactiveException");

    // Within the back-off no new attempt; after it, the same refresh token works once the location is active.
    assertThatThrownBy(() -> fake.getInvoice(client, LOCATION)).isInstanceOf(LocationInactiveException.class);
    assertThat(fake.refreshes()).isEqualTo(1);
    fake.inactive(LOCATION, false);
    clock.advance(Duration.ofSeconds(2));
    assertThat(fake.getInvoice(client, LOCATION)).isNotNull();
    assertThat(fake.refreshes()).isEqualTo(2);
    assertThat(tokens.status(LOCATION).state()).isEqualTo(TokenStatus.State.VALID);
  }

  @Test
  void aRefreshAnswered500AfterSpendingTheTokenLosesNothingElseAndIsNotRetriedInALoop() {
    StoredTokens installed = store.put(fake.install(LOCATION, expired()));
    fake.failNextRefresh(Fault.status(500, "{\"statusCode\":500,\"message\":\"Internal server error\"}").afterTheWork());
    MutableClock clock = new MutableClock();
    OAuthTokenProvider tokens = fake.providerBuilder(store).clock(clock).listener(listener).build();
    InvoicesClient client = fake.client(tokens);

    OAuthException e = catchThrowableOfType(OAuthException.class, () -> fake.getInvoice(client, LOCATION));

    assertThat(e.getClass()).isEqualTo(OAuthException.class);
    assertThat(e.refreshOutcomeUnknown()).isTrue();
    assertThat(e.statusCode()).isEqualTo(500);
    assertThat(e.getMessage()).contains(LOCATION).contains("may have spent the refresh token");
    assertThat(store.load(LOCATION)).contains(installed);        // the only refresh token there is: kept
    assertThat(tokens.status(LOCATION).state()).isEqualTo(TokenStatus.State.REFRESH_FAILING);
    assertThat(tokens.status(LOCATION).retryAfter()).isAfter(clock.instant());

    // During the back-off: the same failure, no new attempt.
    assertThatThrownBy(() -> fake.getInvoice(client, LOCATION)).isSameAs(e);
    assertThat(fake.refreshes()).isEqualTo(1);

    // After it, exactly one more attempt; the server had spent the token, so it is refused.
    clock.advance(Duration.ofSeconds(2));
    assertThatThrownBy(() -> fake.getInvoice(client, LOCATION)).isInstanceOf(ReauthorizationRequiredException.class);
    assertThat(fake.refreshes()).isEqualTo(2);
    assertThat(store.load(LOCATION)).contains(installed);
    assertThat(fake.reusedRefreshTokens()).isEqualTo(1);   // the one deliberate retry of an unknown outcome
    fake.acknowledgeReusedRefreshTokens();
  }

  @Test
  void aRefreshAnsweredBadGatewayIsTriedOnceMoreAfterTheBackOffAndSucceeds() {
    store.put(fake.install(LOCATION, expired()));
    fake.failNextRefresh(Fault.html(502));
    MutableClock clock = new MutableClock();
    InvoicesClient client = fake.client(fake.providerBuilder(store).clock(clock).build());

    OAuthException e = catchThrowableOfType(OAuthException.class, () -> fake.getInvoice(client, LOCATION));
    assertThat(e.refreshOutcomeUnknown()).isTrue();
    assertThat(e.statusCode()).isEqualTo(502);

    clock.advance(Duration.ofSeconds(2));
    assertThat(fake.getInvoice(client, LOCATION)).isNotNull();
    assertThat(fake.refreshes()).isEqualTo(2);
  }

  @Test
  void aTimedOutRefreshIsAnUnknownOutcome() {
    StoredTokens installed = store.put(fake.install(LOCATION, expired()));
    fake.failNextRefresh(Fault.hang(Duration.ofSeconds(3)).afterTheWork());
    InvoicesClient client = fake.client(fake.providerBuilder(store).readTimeout(Duration.ofMillis(500)).build());

    OAuthException e = catchThrowableOfType(OAuthException.class, () -> fake.getInvoice(client, LOCATION));

    assertThat(e.refreshOutcomeUnknown()).isTrue();
    assertThat(e.statusCode()).isZero();
    assertThat(e.getMessage()).contains("timed out").contains(LOCATION);
    assertThat(store.load(LOCATION)).contains(installed);
  }

  @Test
  void aFailedRefreshAheadOfExpiryKeepsUsingTheStillValidToken() {
    StoredTokens installed = store.put(fake.install(LOCATION, Instant.now().plus(Duration.ofMinutes(2))));
    fake.failNextRefresh(Fault.html(502));
    OAuthTokenProvider tokens = fake.providerBuilder(store).listener(listener).build();
    InvoicesClient client = fake.client(tokens);

    assertThat(fake.getInvoice(client, LOCATION)).isNotNull();
    assertThat(fake.getInvoice(client, LOCATION)).isNotNull();

    assertThat(fake.apiTokens()).containsExactly(installed.accessToken(), installed.accessToken());
    assertThat(fake.refreshes()).isEqualTo(1);   // the second call is within the back-off
    assertThat(listener.events).containsExactly("refreshFailed:" + LOCATION + ":OAuthException");
    assertThat(tokens.status(LOCATION).state()).isEqualTo(TokenStatus.State.REFRESH_FAILING);
  }
}
