package com.hoopai.invoices.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.sandbox.support.RawHttp.Answer;
import com.hoopai.invoices.sandbox.support.RawHttp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bearer token, its scopes and location, and the Version header. */
@HoopAiSandboxTest
class AuthenticationTest {

  private static final String LIST = "/invoices/?altId=%s&altType=location&limit=10&offset=0";

  @Test
  void noTokenOrAnUnknownOneAnswers401WithTheApisBody(HoopAiSandbox sandbox) {
    RawHttp anonymous = new RawHttp(sandbox.baseUrl()).header("Version", "2021-07-28");

    for (RawHttp http : List.of(anonymous, anonymous.header("Authorization", "Bearer not-a-token"),
        anonymous.header("Authorization", "Basic abc"))) {
      Answer answer = http.get(LIST.formatted(sandbox.locationId()));
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.json().toString()).isEqualTo(
          "{\"statusCode\":401,\"message\":\"Invalid token: access token is invalid\",\"error\":\"Unauthorized\"}");
    }
  }

  @Test
  void theVersionHeaderIsRequiredWithItsOnlyValue(HoopAiSandbox sandbox) {
    RawHttp http = new RawHttp(sandbox.baseUrl()).authorized(sandbox.accessToken());

    Answer missing = http.header("Version", null).get(LIST.formatted(sandbox.locationId()));
    Answer wrong = http.header("Version", "2023-02-21").get(LIST.formatted(sandbox.locationId()));

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("message").asText()).isEqualTo("Version header was not found");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("message").asText()).contains("Version header is invalid");
    assertThat(http.get(LIST.formatted(sandbox.locationId())).status()).isEqualTo(200);
  }

  @Test
  void aLocationTokenCannotAddressAnotherLocation(HoopAiSandbox sandbox) {
    String token = OAuthTokenTest.exchange(sandbox, sandbox.oauth().authorizationCode(sandbox.locationId())).get("access_token").asText();
    RawHttp http = new RawHttp(sandbox.baseUrl()).authorized(token);

    assertThat(http.get(LIST.formatted(sandbox.locationId())).status()).isEqualTo(200);
    Answer other = http.get(LIST.formatted("otherLocation0000001"));
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.json().get("message").asText()).isEqualTo("The token does not have access to this location.");
  }

  @Test
  void aTokenWithoutTheOperationsScopeAnswers401(HoopAiSandbox sandbox) {
    String code = sandbox.oauth().authorizationCode(sandbox.locationId(), List.of("invoices.readonly"));
    String token = OAuthTokenTest.exchange(sandbox, code).get("access_token").asText();
    RawHttp http = new RawHttp(sandbox.baseUrl()).authorized(token);

    assertThat(http.get(LIST.formatted(sandbox.locationId())).status()).isEqualTo(200);
    Answer write = http.post("/invoices/template", "{}");
    assertThat(write.status()).isEqualTo(401);
    assertThat(write.json().get("message").asText()).isEqualTo("The token is not authorized for this scope.");
  }

  @Test
  void text2PayRefusesAnAgencyTokenThatOtherOperationsAccept(HoopAiSandbox sandbox) {
    String token = OAuthTokenTest.exchange(sandbox, sandbox.oauth().agencyAuthorizationCode()).get("access_token").asText();
    RawHttp http = new RawHttp(sandbox.baseUrl()).authorized(token);

    assertThat(http.get(LIST.formatted("anyLocation000000001")).status()).isEqualTo(200);
    Answer text2pay = http.post("/invoices/text2pay", "{}");
    assertThat(text2pay.status()).isEqualTo(401);
    assertThat(text2pay.json().get("message").asText()).isEqualTo("The token is not authorized for this scope.");
  }
}
