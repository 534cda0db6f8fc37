package com.hoopai.invoices.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.oauth.InMemoryTokenStore;
import com.hoopai.invoices.client.oauth.OAuthCredentials;
import com.hoopai.invoices.client.oauth.OAuthTokenProvider;
import com.hoopai.invoices.client.oauth.StoredTokens;
import com.hoopai.invoices.client.oauth.TokenStatus;
import com.hoopai.invoices.client.oauth.UserType;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The health report, from the breaker's state and the token statuses; it sends no request. */
class HoopAiInvoicesHealthTests {

  private final CircuitBreaker breaker = CircuitBreaker.ofDefaults("hoopai-invoices");
  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final OAuthTokenProvider oauth = OAuthTokenProvider.builder(
          OAuthCredentials.builder().clientId("id").clientSecret("secret").userType(UserType.LOCATION)
              .tokenUrl("http://127.0.0.1:9/oauth/token").build())
      .tokenStore(store).build();

  private static HoopAiInvoicesHealth.Report report(InvoicesClient client, AccessTokenProvider tokens) {
    return new HoopAiInvoicesHealth(() -> client, () -> tokens).report();
  }

  private InvoicesClient client(CircuitBreaker breaker) {
    return InvoicesClient.builder().accessToken("t").circuitBreaker(breaker).build();
  }

  @Test
  void aFixedTokenAndAClosedBreakerAreUp() {
    HoopAiInvoicesHealth.Report report = report(client(breaker), AccessTokenProvider.of("t"));

    assertThat(report.status()).isEqualTo("UP");
    assertThat(report.details()).containsEntry("authentication", "access-token")
        .containsEntry("circuitBreaker", Map.of("name", "hoopai-invoices", "state", "CLOSED", "failureRate", -1.0f));
  }

  @Test
  void anOpenBreakerIsDown() {
    breaker.transitionToOpenState();

    assertThat(report(client(breaker), AccessTokenProvider.of("t")).status()).isEqualTo("DOWN");
  }

  @Test
  void oauthKeysAreCountedByStateAndTheOnesNeedingAttentionListed() {
    store.put(StoredTokens.builder().key("locGood").userType(UserType.LOCATION).refreshToken("rt")
        .accessToken("at").expiresAt(Instant.now().plus(1, ChronoUnit.DAYS)).build());
    oauth.accessToken("locGood");
    catchThrowable(() -> oauth.accessToken("locGone"));   // nothing stored: reauthorization required, no call

    HoopAiInvoicesHealth.Report report = report(client(null), oauth);

    assertThat(report.status()).isEqualTo("UP");
    assertThat(report.details()).containsEntry("authentication", "oauth")
        .containsEntry("tokens", Map.of(TokenStatus.State.VALID, 1, TokenStatus.State.REAUTHORIZATION_REQUIRED, 1))
        .containsEntry("attention", List.of("locGone: REAUTHORIZATION_REQUIRED"));
  }

  @Test
  void whenEveryKeyNeedsReauthorizationItIsDown() {
    catchThrowable(() -> oauth.accessToken("locGone"));

    assertThat(report(client(null), oauth).status()).isEqualTo("DOWN");
  }

  @Test
  void anOAuthProviderThatServedNothingYetIsUp() {
    assertThat(report(null, oauth).status()).isEqualTo("UP");
  }
}
