package com.hoopai.invoices.client.oauth;

import static com.hoopai.invoices.client.oauth.OAuthFixture.LOCATION;
import static com.hoopai.invoices.client.oauth.OAuthFixture.expired;
import static com.hoopai.invoices.client.oauth.OAuthFixture.inOneDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.oauth.TestSupport.FlakyStore;
import com.hoopai.invoices.client.oauth.TestSupport.MutableClock;
import com.hoopai.invoices.client.oauth.TestSupport.RecordingListener;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A rotated refresh token is never lost: saved before use, kept and saved again when the store fails. */
class RotationSafetyTest {

  @RegisterExtension
  final OAuthFixture fake = new OAuthFixture();

  private final InMemoryTokenStore memory = new InMemoryTokenStore();
  private final FlakyStore store = new FlakyStore(memory);
  private final RecordingListener listener = new RecordingListener();

  @Test
  void aStoreThatFailsOnceOnSaveLosesNoToken() {
    StoredTokens installed = memory.put(fake.install(LOCATION, expired()));
    store.failingSaves.set(1);
    OAuthTokenProvider tokens = fake.providerBuilder(store)
        .listener(OAuthListener.logging().andThen(listener)).build();
    InvoicesClient client = fake.client(tokens);

    TokenStoreException e = catchThrowableOfType(TokenStoreException.class, () -> fake.getInvoice(client, LOCATION));

    assertThat(e.key()).isEqualTo(LOCATION);
    assertThat(memory.load(LOCATION)).contains(installed);
    assertThat(fake.isValidRefreshToken(installed.refreshToken())).isFalse();   // spent: only memory has the new one
    assertThat(tokens.status(LOCATION).state()).isEqualTo(TokenStatus.State.SAVE_PENDING);
    assertThat(tokens.status(LOCATION).lastError()).isSameAs(e);
    assertThat(listener.events).containsExactly("saveFailed:" + LOCATION);
    assertThat(fake.logLines()).anyMatch(line -> line.startsWith("SEVERE com.hoopai.invoices.oauth")
        && line.contains("could not be saved") && line.contains(LOCATION));
    assertThat(fake.apiCalls()).isEqualTo(0);   // the unsaved access token was not used

    assertThat(fake.getInvoice(client, LOCATION)).isNotNull();

    StoredTokens saved = memory.load(LOCATION).orElseThrow();
    assertThat(fake.refreshes()).isEqualTo(1);   // no second refresh: the pending tokens were saved
    assertThat(saved.version()).isEqualTo(installed.version() + 1);
    assertThat(fake.isValidRefreshToken(saved.refreshToken())).isTrue();
    assertThat(fake.apiTokens()).containsExactly(saved.accessToken());
    assertThat(listener.events).containsExactly("saveFailed:" + LOCATION, "saveRecovered:" + LOCATION,
        "refreshed:" + LOCATION);
    assertThat(tokens.status(LOCATION).state()).isEqualTo(TokenStatus.State.VALID);
  }

  @Test
  void whileASaveIsPendingNoRefreshTokenIsSpentAndTheStillValidTokenIsUsed() {
    StoredTokens installed = memory.put(fake.install(LOCATION, Instant.now().plus(Duration.ofMinutes(2))));
    store.failingSaves.set(3);
    MutableClock clock = new MutableClock();
    OAuthTokenProvider tokens = fake.providerBuilder(store).clock(clock).listener(listener).build();
    InvoicesClient client = fake.client(tokens);

    fake.getInvoice(client, LOCATION);            // refresh ahead, save fails, the old token is still valid
    fake.getInvoice(client, LOCATION);            // within the back-off: no save attempt
    assertThat(store.saves).hasValue(1);
    clock.advance(Duration.ofSeconds(2));
    fake.getInvoice(client, LOCATION);            // save retried, fails again, old token still valid
    assertThat(store.saves).hasValue(2);
    assertThat(fake.apiTokens()).hasSize(3).containsOnly(installed.accessToken());

    clock.advance(Duration.ofMinutes(3));    // the old token has expired now
    TokenStoreException e = catchThrowableOfType(TokenStoreException.class, () -> fake.getInvoice(client, LOCATION));
    assertThat(e.key()).isEqualTo(LOCATION);
    assertThat(store.saves).hasValue(3);

    assertThat(fake.getInvoice(client, LOCATION)).isNotNull();   // the fourth save works
    StoredTokens saved = memory.load(LOCATION).orElseThrow();
    assertThat(fake.refreshes()).isEqualTo(1);
    assertThat(saved.version()).isEqualTo(installed.version() + 1);
    assertThat(fake.apiTokens()).last().isEqualTo(saved.accessToken());
    assertThat(fake.isValidRefreshToken(saved.refreshToken())).isTrue();
  }

  @Test
  void a401WhileASaveIsPendingNeverUsesTheUnsavedToken() {
    StoredTokens installed = memory.put(fake.install(LOCATION, Instant.now().plus(Duration.ofMinutes(2))));
    store.failingSaves.set(2);
    InvoicesClient client = fake.client(fake.providerBuilder(store).build());
    fake.getInvoice(client, LOCATION);                                 // refreshed, not saved, old token used
    fake.revoke(installed.accessToken());

    TokenStoreException e = catchThrowableOfType(TokenStoreException.class, () -> fake.getInvoice(client, LOCATION));

    assertThat(e).isNotNull();
    assertThat(fake.apiTokens()).containsOnly(installed.accessToken());
    assertThat(fake.getInvoice(client, LOCATION)).isNotNull();
    StoredTokens saved = memory.load(LOCATION).orElseThrow();
    assertThat(fake.apiTokens()).last().isEqualTo(saved.accessToken());
    assertThat(fake.refreshes()).isEqualTo(1);
  }

  @Test
  void aRecordReplacedDuringTheRefreshWins() {
    memory.put(fake.install(LOCATION, expired()));
    StoredTokens[] reinstalled = new StoredTokens[1];
    store.beforeSave = next -> {
      store.beforeSave = n -> { };
      reinstalled[0] = memory.put(fake.install(LOCATION, inOneDay()));   // a new authorization lands meanwhile
    };
    InvoicesClient client = fake.client(fake.providerBuilder(store).listener(listener).build());

    assertThat(fake.getInvoice(client, LOCATION)).isNotNull();

    assertThat(memory.load(LOCATION)).contains(reinstalled[0]);
    assertThat(fake.apiTokens()).containsExactly(reinstalled[0].accessToken());
    assertThat(listener.events).containsExactly("refreshFailed:" + LOCATION + ":OAuthException");
    assertThat(listener.errors.get(0).getMessage()).contains("stored record changed");
  }

  @Test
  void aStoreThatCannotBeReadFailsTheCallAndTheNextOneWorks() {
    memory.put(fake.install(LOCATION, expired()));
    store.failingLoads.set(1);
    InvoicesClient client = fake.client(fake.providerBuilder(store).listener(listener).build());

    TokenStoreException e = catchThrowableOfType(TokenStoreException.class, () -> fake.getInvoice(client, LOCATION));

    assertThat(e.key()).isEqualTo(LOCATION);
    assertThat(fake.refreshes()).isEqualTo(0);
    assertThat(listener.events).containsExactly("refreshFailed:" + LOCATION + ":TokenStoreException");
    assertThat(fake.getInvoice(client, LOCATION)).isNotNull();
    assertThat(fake.refreshes()).isEqualTo(1);
  }
}
