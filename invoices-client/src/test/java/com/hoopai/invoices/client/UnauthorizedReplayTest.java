package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.errors.UnauthorizedException;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A 401 lets the token provider refresh once, and the request is replayed once, never more. */
class UnauthorizedReplayTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static final String EXPIRED = "expired-access-token-1";
  private static final String FRESH = "fresh-access-token-2";

  /** A provider that swaps to the fresh token when told the expired one was refused. */
  private static final class RefreshingProvider implements AccessTokenProvider {
    final AtomicReference<String> current = new AtomicReference<>(EXPIRED);
    final List<String> refreshes = new CopyOnWriteArrayList<>();
    final boolean canRefresh;

    RefreshingProvider(boolean canRefresh) {
      this.canRefresh = canRefresh;
    }

    @Override
    public String accessToken(String locationId) {
      return current.get();
    }

    @Override
    public synchronized boolean refreshAfterUnauthorized(String locationId, String rejectedToken) {
      refreshes.add(locationId + ":" + rejectedToken);
      if (!canRefresh || !current.get().equals(rejectedToken)) {
        return false;
      }
      current.set(FRESH);
      return true;
    }
  }

  @Test
  void a401RefreshesTheTokenAndReplaysTheRequestOnce() throws Exception {
    RefreshingProvider tokens = new RefreshingProvider(true);
    InvoicesClient oauth = hoopAi.clientBuilder().accessTokenProvider(tokens).build();
    hoopAi.enqueueJson(401, "{\"statusCode\":401,\"message\":\"Invalid token: access token is invalid\"}");
    hoopAi.enqueueExample("createInvoice");

    oauth.invoices().createInvoice(SpecExamples.request("createInvoice", CreateInvoiceRequest.class));

    assertThat(tokens.refreshes).containsExactly(LOCATION + ":" + EXPIRED);
    assertThat(hoopAi.server().takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + EXPIRED);
    assertThat(hoopAi.server().takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + FRESH);
    assertThat(hoopAi.requestCount()).isEqualTo(2);
  }

  @Test
  void aSecond401ReachesTheCallerWithoutLooping() {
    RefreshingProvider tokens = new RefreshingProvider(true);
    InvoicesClient oauth = hoopAi.clientBuilder().accessTokenProvider(tokens).build();
    hoopAi.enqueueJson(401, "{\"statusCode\":401,\"message\":\"Invalid token\"}");
    hoopAi.enqueueJson(401, "{\"statusCode\":401,\"message\":\"Invalid token\"}");

    UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
        () -> oauth.forLocation("locQ").invoices().getInvoiceSettings());

    assertThat(e.getMessage()).doesNotContain(EXPIRED).doesNotContain(FRESH);
    assertThat(tokens.refreshes).containsExactly("locQ:" + EXPIRED);
    assertThat(hoopAi.requestCount()).isEqualTo(2);
  }

  @Test
  void aProviderThatCannotRefreshGetsNoReplay() {
    RefreshingProvider tokens = new RefreshingProvider(false);
    InvoicesClient oauth = hoopAi.clientBuilder().accessTokenProvider(tokens).build();
    hoopAi.enqueueJson(401, "{\"statusCode\":401,\"message\":\"Invalid token\"}");

    catchThrowableOfType(UnauthorizedException.class, () -> oauth.forLocation("locQ").invoices().getInvoiceSettings());

    assertThat(hoopAi.requestCount()).isEqualTo(1);
  }

  @Test
  void aStaticTokenIsNeverReplayed() {
    hoopAi.enqueueJson(401, "{\"statusCode\":401,\"message\":\"Invalid token\"}");

    catchThrowableOfType(UnauthorizedException.class, () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoiceSettings());

    assertThat(hoopAi.requestCount()).isEqualTo(1);
  }
}
