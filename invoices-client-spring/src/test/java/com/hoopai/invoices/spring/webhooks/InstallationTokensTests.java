package com.hoopai.invoices.spring.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.oauth.StoredTokens;
import com.hoopai.invoices.client.oauth.TokenStore;
import com.hoopai.invoices.client.oauth.UserType;
import com.hoopai.invoices.client.webhooks.WebhookTestSigner;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** An agency app: INSTALL and UNINSTALL webhooks, over HTTP, mint and delete location tokens in the token store. */
class InstallationTokensTests {

  private static final WebhookTestSigner SIGNER = WebhookTestSigner.create();
  private static final String COMPANY = "companyW1";

  /** The location-token endpoint: a token and a refresh token per location. */
  private static final class Mints extends Dispatcher {
    final List<String> locations = new CopyOnWriteArrayList<>();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String form = request.getBody() == null ? "" : request.getBody().utf8();
      String location = form.replaceAll(".*locationId=([^&]*).*", "$1");
      if (!request.getUrl().encodedPath().equals("/oauth/locationToken")
          || !"Bearer at-company".equals(request.getHeaders().get("Authorization"))) {
        return new MockResponse.Builder().code(401).body("{\"message\":\"Invalid token\"}").build();
      }
      locations.add(location);
      return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
          .body("{\"access_token\":\"lt-" + location + "\",\"expires_in\":86399,\"refresh_token\":\"rt-" + location
              + "\",\"scope\":\"invoices.readonly\",\"locationId\":\"" + location + "\"}").build();
    }
  }

  @Test
  void installMintsAndStoresEachLocationAndUninstallDeletesIt() throws IOException {
    Mints mints = new Mints();
    try (MockWebServer hoopai = new MockWebServer()) {
      hoopai.setDispatcher(mints);
      hoopai.start(InetAddress.getLoopbackAddress(), 0);
      Map<String, Object> properties = WebhookApplications.properties(SIGNER,
          "hoopai.invoices.access-token=",
          "hoopai.invoices.oauth.client-id=app7-c0ffee", "hoopai.invoices.oauth.client-secret=secret-not-shown",
          "hoopai.invoices.oauth.user-type=company", "hoopai.invoices.agency.company-id=" + COMPANY,
          "hoopai.invoices.oauth.token-url=" + hoopai.url("/oauth/token"));
      try (ConfigurableApplicationContext app = WebhookApplications.start(properties)) {
        TokenStore store = app.getBean(TokenStore.class);
        store.put(StoredTokens.builder().key(COMPANY).userType(UserType.COMPANY).accessToken("at-company")
            .refreshToken("rt-company").expiresAt(Instant.now().plusSeconds(86_400)).companyId(COMPANY).build());
        String url = WebhookApplications.url(app, "/hoopai/webhooks");

        post(url, "{\"type\":\"INSTALL\",\"appId\":\"other\",\"companyId\":\"" + COMPANY + "\",\"locationIds\":[\"l0\"]}");
        post(url, "{\"type\":\"INSTALL\",\"appId\":\"app7\",\"companyId\":\"" + COMPANY + "\",\"locationIds\":[\"l1\",\"l2\"]}");

        assertThat(mints.locations).containsExactlyInAnyOrder("l1", "l2");
        assertThat(store.load("l1")).get().extracting(StoredTokens::refreshToken).isEqualTo("rt-l1");
        assertThat(store.load("l2")).isPresent();

        post(url, "{\"type\":\"UNINSTALL\",\"appId\":\"app7\",\"locationId\":\"l1\"}");

        assertThat(store.load("l1")).isEmpty();
        assertThat(store.load("l2")).isPresent();
      }
    }
  }

  private static void post(String url, String json) throws IOException {
    byte[] body = SIGNER.withReplayFields(json);
    assertThat(WebhookApplications.post(url, body, SIGNER.headers(body)).status()).isEqualTo(200);
  }
}
