package com.hoopai.invoices.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hoopai.invoices.sandbox.support.RawHttp.Answer;
import com.hoopai.invoices.sandbox.support.RawHttp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests the real API would refuse, sent as raw HTTP: the same status and error body shape. */
@HoopAiSandboxTest
class ValidationTest {

  private RawHttp http;
  private String location;

  @BeforeEach
  void connect(HoopAiSandbox sandbox) {
    http = new RawHttp(sandbox.baseUrl()).authorized(sandbox.accessToken());
    location = sandbox.locationId();
  }

  @Test
  void aBodyMissingRequiredFieldsAnswers422ListingEachOne() {
    Answer answer = http.post("/invoices/", "{\"altId\":\"" + location + "\",\"altType\":\"location\","
        + "\"name\":\"x\",\"currency\":\"USD\",\"items\":[{\"name\":\"a\",\"amount\":\"ten\"}]}");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().get("statusCode").asInt()).isEqualTo(422);
    assertThat(answer.json().get("error").asText()).isEqualTo("Unprocessable Entity");
    assertThat(messages(answer)).contains(
        "businessDetails should not be empty",
        "contactDetails should not be empty",
        "issueDate should not be empty",
        "sentTo should not be empty",
        "liveMode should not be empty",
        "items.0.currency should not be empty",
        "items.0.qty should not be empty",
        "items.0.amount must be a number conforming to the specified constraints");
  }

  @Test
  void wrongTypesEnumsAndDatesAreNamed() {
    Answer answer = http.post("/invoices/" + "abc" + "/record-payment",
        "{\"altId\":\"" + location + "\",\"altType\":\"company\",\"mode\":\"bitcoin\",\"amount\":true,"
            + "\"fulfilledAt\":\"yesterday\"}");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(messages(answer)).contains(
        "altType must be one of the following values: location",
        "mode must be one of the following values: cash, card, cheque, bank_transfer, other",
        "amount must be a number conforming to the specified constraints");
  }

  @Test
  void queryParametersAreValidatedToo() {
    Answer answer = http.get("/invoices/?altType=location&limit=many&offset=-1");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(messages(answer)).contains("altId should not be empty", "limit must be an integer number",
        "offset must not be less than 0");
  }

  @Test
  void aBodyThatIsNotJsonAnswers400() {
    Answer answer = http.post("/invoices/", "{\"altId\": ");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("statusCode").asInt()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).startsWith("Unexpected token in JSON");
    assertThat(answer.json().get("error").asText()).isEqualTo("Bad Request");
  }

  @Test
  void aBodyThatIsNotDeclaredAsJsonReadsAsEmpty() {
    Answer answer = http.send("POST", "/invoices/template",
        okhttp3.RequestBody.create("name=x", okhttp3.MediaType.get("text/plain")));

    assertThat(answer.status()).as("%s", answer.json()).isEqualTo(422);
    assertThat(messages(answer)).contains("altId should not be empty", "name should not be empty");
  }

  @Test
  void anUnknownRouteAnswersNestJsStyle404() {
    Answer answer = http.get("/invoices/abc/nothing");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("message").asText()).isEqualTo("Cannot GET /invoices/abc/nothing");
    assertThat(answer.json().get("error").asText()).isEqualTo("Not Found");
  }

  @Test
  void aTrailingSlashDoesNotMatter() {
    assertThat(http.get("/invoices?altId=" + location + "&altType=location&limit=5&offset=0").status())
        .isEqualTo(200);
    assertThat(http.get("/invoices/template/?altId=" + location + "&altType=location&limit=5&offset=0").status())
        .isEqualTo(200);
  }

  @Test
  void estimateDeletesReadTheLocationFromTheBody() {
    Answer answer = http.send("DELETE", "/invoices/estimate/abc?altId=" + location + "&altType=location", null);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(messages(answer)).contains("altId should not be empty", "altType should not be empty");
  }

  private static List<String> messages(Answer answer) {
    List<String> messages = new ArrayList<>();
    for (JsonNode message : answer.json().get("message")) {
      messages.add(message.asText());
    }
    return messages;
  }
}
