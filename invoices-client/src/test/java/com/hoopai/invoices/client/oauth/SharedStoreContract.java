package com.hoopai.invoices.client.oauth;

import static com.hoopai.invoices.client.oauth.OAuthFixture.LOCATION;
import static com.hoopai.invoices.client.oauth.OAuthFixture.expired;
import static com.hoopai.invoices.client.oauth.OAuthFixture.inOneDay;
import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.model.Invoice;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two client instances, each with its own provider and its own store instance over the same data (as two
 * processes would be), make one refresh between them: the store's lease makes the second wait for the
 * first one's result instead of spending the same refresh token.
 */
abstract class SharedStoreContract {

  @RegisterExtension
  final OAuthFixture fake = new OAuthFixture();

  /** A new store instance over the same data as every other one this test makes. */
  abstract TokenStore storeInstance();

  @Test
  void twoClientInstancesSharingOneStoreMakeOneRefresh() throws Exception {
    StoredTokens installed = storeInstance().put(fake.install(LOCATION, expired()));
    fake.refreshDelay(Duration.ofMillis(300));
    InvoicesClient first = fake.client(fake.providerBuilder(storeInstance()).ownerId("process-1").build());
    InvoicesClient second = fake.client(fake.providerBuilder(storeInstance()).ownerId("process-2").build());
    int perClient = 40;
    TestSupport.allAtOnce(2 * perClient, i -> () -> fake.getInvoice(i % 2 == 0 ? first : second, LOCATION));

    StoredTokens saved = storeInstance().load(LOCATION).orElseThrow();
    assertThat(fake.refreshes()).isEqualTo(1);
    assertThat(fake.api401s()).isEqualTo(0);
    assertThat(saved.version()).isEqualTo(installed.version() + 1);
    assertThat(fake.apiTokens()).hasSize(2 * perClient).containsOnly(saved.accessToken());
    assertThat(fake.isValidRefreshToken(saved.refreshToken())).isTrue();
  }

  @Test
  void aProcessThatFindsTheLeaseTakenWaitsForTheOthersTokens() throws Exception {
    TokenStore other = storeInstance();
    StoredTokens installed = other.put(fake.install(LOCATION, expired()));
    assertThat(other.tryLease(LOCATION, installed.version(), "other-process", Instant.now().plusSeconds(60)))
        .isTrue();
    InvoicesClient client = fake.client(fake.providerBuilder(storeInstance()).build());
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Invoice> call = pool.submit(() -> fake.getInvoice(client, LOCATION));
      Thread.sleep(400);
      assertThat(call).isNotDone();
      assertThat(fake.refreshes()).isEqualTo(0);

      // The other process finishes its refresh.
      StoredTokens refreshed = fake.install(LOCATION, inOneDay()).toBuilder().version(installed.version() + 1)
          .build();
      assertThat(other.saveRefreshed(LOCATION, installed.version(), "other-process", refreshed)).isTrue();

      assertThat(call.get(30, TimeUnit.SECONDS)).isNotNull();
      assertThat(fake.refreshes()).isEqualTo(0);
      assertThat(fake.apiTokens()).containsExactly(refreshed.accessToken());
    } finally {
      pool.shutdownNow();
    }
  }
}
