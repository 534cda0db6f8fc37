package com.hoopai.invoices.client.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Credentials check their input at once and keep the secret out of sight. */
class OAuthCredentialsTest {

  @Test
  void theProductionEndpointsAreTheDefaults() {
    OAuthCredentials app = OAuthCredentials.of("id", "secret-value", UserType.LOCATION);

    assertThat(app.tokenUrl()).isEqualTo("https://services.leadconnectorhq.com/oauth/token");
    assertThat(app.locationTokenUrl()).isEqualTo("https://services.leadconnectorhq.com/oauth/locationToken");
    assertThat(app.withUserType(UserType.COMPANY).userType()).isEqualTo(UserType.COMPANY);
    assertThat(app.toString()).doesNotContain("secret-value").contains("clientSecret=<redacted>");
  }

  @Test
  void theLocationTokenEndpointFollowsAnOverriddenTokenUrl() {
    OAuthCredentials app = OAuthCredentials.builder().clientId("id").clientSecret("s").userType(UserType.COMPANY)
        .tokenUrl("http://127.0.0.1:8080/base/oauth/token").build();

    assertThat(app.locationTokenUrl()).isEqualTo("http://127.0.0.1:8080/base/oauth/locationToken");
  }

  @Test
  void secretsNeverTravelOverPlainHttpToARealHost() {
    assertThatThrownBy(() -> OAuthCredentials.builder().tokenUrl("http://services.example.com/oauth/token"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    assertThatThrownBy(() -> OAuthCredentials.builder().tokenUrl("https://user:pw@services.example.com/t"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("credentials");
  }

  @Test
  void missingOrBlankPartsAreRefused() {
    assertThatThrownBy(() -> OAuthCredentials.of("id", " ", UserType.LOCATION))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientSecret");
    assertThatThrownBy(() -> OAuthCredentials.builder().clientId("id").clientSecret("s").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("userType");
    assertThat(UserType.fromWire("company")).isEqualTo(UserType.COMPANY);
    assertThatThrownBy(() -> UserType.fromWire("Agency")).isInstanceOf(IllegalArgumentException.class);
  }
}
