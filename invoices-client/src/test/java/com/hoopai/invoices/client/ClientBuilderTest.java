package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static com.hoopai.invoices.client.support.HoopAiMock.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.model.GetInvoiceSettingsParams;
import com.hoopai.invoices.model.InvoiceLastVisitedRequest;
import com.hoopai.invoices.model.LocationRef;
import java.time.Duration;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder checks its input at once and wires what it was given. */
class ClientBuilderTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  @Test
  void aClientNeedsAToken() {
    assertThatThrownBy(() -> InvoicesClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("access token is required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void aBlankTokenIsRefused(String token) {
    assertThatThrownBy(() -> InvoicesClient.builder().accessToken(token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accessToken must not be null or blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://services.leadconnectorhq.com", "http://10.0.0.5:8080", "http://localhost.evil.com"})
  void plainHttpIsRefusedForHostsThatAreNotLoopback(String url) {
    assertThatThrownBy(() -> InvoicesClient.builder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must use https");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:9000/", "http://[::1]:8080", "https://example.com/hoopai/"})
  void httpsAndLoopbackHttpAreAccepted(String url) {
    InvoicesClient built = InvoicesClient.builder().baseUrl(url).accessToken(TOKEN).build();
    assertThat(built.baseUrl()).isEqualTo(url.replaceAll("/+$", ""));
    built.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com", "https://user:pass@example.com", "https://example.com?x=1", "not a url", "https:///path"})
  void malformedBaseUrlsAreRefused(String url) {
    assertThatThrownBy(() -> InvoicesClient.builder().baseUrl(url)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void timeoutsMustBePositive() {
    assertThatThrownBy(() -> InvoicesClient.builder().readTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> InvoicesClient.builder().connectTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
  }

  @Test
  void theDefaultsAreTheRealApi() {
    InvoicesClient defaults = InvoicesClient.builder().accessToken(TOKEN).build();
    assertThat(defaults.baseUrl()).isEqualTo("https://services.leadconnectorhq.com");
    assertThat(defaults.apiVersion()).isEqualTo("2021-07-28");
    defaults.close();
  }

  @Test
  void theApiVersionAndUserAgentAreSentAsConfigured() throws Exception {
    InvoicesClient custom = hoopAi.clientBuilder().apiVersion("2099-01-01").userAgentSuffix("acme-billing/2.3").build();
    hoopAi.enqueueExample("getInvoiceSettings");

    custom.forLocation(LOCATION).invoices().getInvoiceSettings();

    RecordedRequest request = hoopAi.server().takeRequest();
    assertThat(request.getHeaders().get("Version")).isEqualTo("2099-01-01");
    assertThat(request.getHeaders().get("User-Agent")).startsWith("hoopai-invoices-jvm/").endsWith(" acme-billing/2.3");
  }

  @Test
  void newBuilderDerivesAVariantSharingTheConnectionPool() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    InvoicesClient first = hoopAi.clientBuilder().httpClient(shared).build();
    InvoicesClient second = first.newBuilder().readTimeout(Duration.ofSeconds(5)).accessToken("other-token").build();
    hoopAi.enqueueExample("getInvoiceSettings");
    hoopAi.enqueueExample("getInvoiceSettings");

    first.forLocation(LOCATION).invoices().getInvoiceSettings();
    second.forLocation(LOCATION).invoices().getInvoiceSettings();

    assertThat(hoopAi.server().takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    RecordedRequest viaSecond = hoopAi.server().takeRequest();
    assertThat(viaSecond.getHeaders().get("Authorization")).isEqualTo("Bearer other-token");
    assertThat(viaSecond.getConnectionIndex()).as("same pooled connection").isZero();
    assertThat(shared.connectionPool().connectionCount()).isEqualTo(1);
  }

  @Test
  void theTokenProviderIsAskedOnEveryRequestWithItsLocation() throws Exception {
    java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
    InvoicesClient perRequest = hoopAi.clientBuilder().accessTokenProvider(location -> {
      asked.add(String.valueOf(location));
      return "token-for-" + location;
    }).build();
    hoopAi.enqueueExample("getInvoiceSettings");
    hoopAi.enqueueExample("voidInvoice");
    hoopAi.enqueueExample("updateInvoiceLastVisitedAt");

    perRequest.invoices().getInvoiceSettings(GetInvoiceSettingsParams.builder().altId("locA").build());
    perRequest.invoices().voidInvoice("inv1", new com.hoopai.invoices.model.LocationRef().altId("locB"));
    perRequest.invoices().updateInvoiceLastVisitedAt(
        new com.hoopai.invoices.model.InvoiceLastVisitedRequest().invoiceId("inv1"));

    assertThat(asked).containsExactly("locA", "locB", "null");
    assertThat(hoopAi.server().takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-for-locA");
    RecordedRequest voided = hoopAi.server().takeRequest();
    assertThat(voided.getHeaders().get("Authorization")).isEqualTo("Bearer token-for-locB");
    assertThat(voided.getHeaders().names()).noneMatch(name -> name.startsWith("X-HoopAI"));
  }

  @Test
  void aProviderWithoutATokenFailsTheCallBeforeSending() {
    InvoicesClient broken = hoopAi.clientBuilder().accessTokenProvider(location -> null).build();

    assertThatThrownBy(() -> broken.forLocation(LOCATION).invoices().getInvoiceSettings())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the AccessTokenProvider gave no token for location " + LOCATION);
    assertThat(hoopAi.requestCount()).isZero();
  }
}
