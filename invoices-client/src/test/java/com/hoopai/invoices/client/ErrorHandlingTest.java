package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.errors.BadRequestException;
import com.hoopai.invoices.client.errors.ForbiddenException;
import com.hoopai.invoices.client.errors.HoopAiApiException;
import com.hoopai.invoices.client.errors.InvalidResponseException;
import com.hoopai.invoices.client.errors.NotFoundException;
import com.hoopai.invoices.client.errors.RateLimitedException;
import com.hoopai.invoices.client.errors.ServerErrorException;
import com.hoopai.invoices.client.errors.UnauthorizedException;
import com.hoopai.invoices.client.errors.UnprocessableEntityException;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.LocationRef;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Error answers become typed exceptions carrying what the server said; unreadable bodies too. */
class ErrorHandlingTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static final String INVOICE_ID = "6578278e879ad2646715ba9c";

  @Test
  void badRequestCarriesStatusMessageErrorAndTheRequest() {
    hoopAi.enqueueJson(400, "{\"statusCode\":400,\"message\":\"Unable to find invoice\",\"error\":\"Bad Request\"}");

    BadRequestException e = catchThrowableOfType(BadRequestException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.serverMessage()).isEqualTo("Unable to find invoice");
    assertThat(e.serverError()).isEqualTo("Bad Request");
    assertThat(e.requestMethod()).isEqualTo("GET");
    assertThat(e.requestPath()).isEqualTo("/invoices/" + INVOICE_ID);
    assertThat(e.bodyExcerpt()).isNull();
    assertThat(e.traceId()).isEmpty();
    assertThat(e.getMessage())
        .isEqualTo("400 Bad Request on GET /invoices/" + INVOICE_ID + ": Unable to find invoice");
  }

  @ParameterizedTest(name = "{0} gives {1}")
  @CsvSource({
      "400, BadRequestException",
      "401, UnauthorizedException",
      "403, ForbiddenException",
      "404, NotFoundException",
      "409, HoopAiApiException",
      "422, UnprocessableEntityException",
      "429, RateLimitedException",
      "500, ServerErrorException",
      "502, ServerErrorException",
      "503, ServerErrorException",
      "504, ServerErrorException"})
  void eachStatusHasItsType(int status, String type) {
    hoopAi.enqueueJson(status, "{\"statusCode\":" + status + ",\"message\":\"nope\",\"error\":\"Some Error\"}");

    HoopAiApiException e = catchThrowableOfType(HoopAiApiException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoiceSettings());

    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(hoopAi.requestCount()).as("Feign's retryer is off: sent once").isEqualTo(1);
    assertThat(e.serverMessage()).isEqualTo("nope");
    assertThat(e.requestPath()).isEqualTo("/invoices/settings");
  }

  @Test
  void unprocessableListsEveryValidationMessage() {
    hoopAi.enqueueJson(422, "{\"statusCode\":422,\"message\":[\"contactDetails.email must be an email\","
        + "\"items must contain at least 1 elements\"],\"error\":\"Unprocessable Entity\"}");

    UnprocessableEntityException e = catchThrowableOfType(UnprocessableEntityException.class,
        () -> hoopAi.client().invoices().voidInvoice(INVOICE_ID, new com.hoopai.invoices.model.LocationRef().altId(LOCATION)));

    assertThat(e.messages()).containsExactly(
        "contactDetails.email must be an email", "items must contain at least 1 elements");
    assertThat(e.getMessage()).contains("422 Unprocessable Entity on POST /invoices/" + INVOICE_ID + "/void")
        .contains("contactDetails.email must be an email; items must contain at least 1 elements");
  }

  @Test
  void rateLimitedCarriesTheLimitHeadersAndRetryAfterInSeconds() {
    hoopAi.server().enqueue(new MockResponse.Builder().code(429)
        .addHeader("Content-Type", "application/json")
        .addHeader("X-RateLimit-Max", "100")
        .addHeader("X-RateLimit-Remaining", "0")
        .addHeader("X-RateLimit-Interval-Milliseconds", "10000")
        .addHeader("X-RateLimit-Limit-Daily", "200000")
        .addHeader("X-RateLimit-Daily-Remaining", "154321")
        .addHeader("Retry-After", "7")
        .body("{\"statusCode\":429,\"message\":\"Too many requests\"}")
        .build());

    RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().generateInvoiceNumber());

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    RateLimitInfo limits = e.rateLimit().orElseThrow();
    assertThat(limits.max()).hasValue(100);
    assertThat(limits.remaining()).hasValue(0);
    assertThat(limits.intervalMillis()).hasValue(10_000);
    assertThat(limits.dailyLimit()).hasValue(200_000);
    assertThat(limits.dailyRemaining()).hasValue(154_321);
  }

  @Test
  void retryAfterAsAnHttpDateIsReadAsAWait() {
    String in30Seconds = DateTimeFormatter.RFC_1123_DATE_TIME
        .format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));
    hoopAi.server().enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", in30Seconds).build());

    RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().generateInvoiceNumber());

    assertThat(e.retryAfter()).hasValueSatisfying(wait ->
        assertThat(wait).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30)));
    assertThat(e.rateLimit()).isEmpty();
  }

  @Test
  void traceIdIsTakenFromTheBodyOrTheHeader() {
    hoopAi.enqueueJson(400, "{\"statusCode\":400,\"message\":\"bad\",\"traceId\":\"010c7a01-857f\"}");
    hoopAi.server().enqueue(new MockResponse.Builder().code(500).addHeader("X-Trace-Id", "header-trace-42")
        .addHeader("Content-Type", "application/json").body("{\"message\":\"boom\"}").build());

    BadRequestException fromBody = catchThrowableOfType(BadRequestException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoiceSettings());
    ServerErrorException fromHeader = catchThrowableOfType(ServerErrorException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoiceSettings());

    assertThat(fromBody.traceId()).contains("010c7a01-857f");
    assertThat(fromBody.getMessage()).endsWith("(traceId 010c7a01-857f)");
    assertThat(fromHeader.traceId()).contains("header-trace-42");
  }

  @Test
  void anHtmlErrorPageFromAProxyGivesATypedExceptionWithAnExcerpt() {
    hoopAi.server().enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
        .body("<html>\n<head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1>"
            + "</center><hr><center>nginx</center></body></html>" + " ".repeat(500))
        .build());

    ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.messages()).isEmpty();
    assertThat(e.bodyExcerpt()).startsWith("<html> <head><title>502 Bad Gateway</title></head>")
        .doesNotContain("\n");
    assertThat(e.bodyExcerpt().length()).isLessThanOrEqualTo(203);
    assertThat(e.getMessage()).startsWith("502 on GET /invoices/" + INVOICE_ID + ": unexpected body: <html>");
  }

  @Test
  void anErrorWithAnEmptyBodyStillHasItsType() {
    hoopAi.server().enqueue(new MockResponse.Builder().code(503).build());

    ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(e.statusCode()).isEqualTo(503);
    assertThat(e.getMessage()).isEqualTo("503 on GET /invoices/" + INVOICE_ID);
  }

  @Test
  void aSuccessWithAnHtmlBodyIsAnInvalidResponse() {
    hoopAi.server().enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html; charset=utf-8")
        .body("<!DOCTYPE html><html><body>Please enable cookies.</body></html>").build());

    InvalidResponseException e = catchThrowableOfType(InvalidResponseException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.bodyExcerpt()).isEqualTo("<!DOCTYPE html><html><body>Please enable cookies.</body></html>");
    assertThat(e.getMessage()).contains("expected JSON, got text/html");
    assertThat(e.requestPath()).isEqualTo("/invoices/" + INVOICE_ID);
  }

  @Test
  void truncatedJsonIsAnInvalidResponseNotAJacksonError() {
    hoopAi.enqueueJson(200, "{\"_id\":\"6578278e879ad2646715ba9c\",\"status\":\"draft\",\"invoiceItems\":[{\"name\":\"Wa");

    InvalidResponseException e = catchThrowableOfType(InvalidResponseException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(e.getMessage()).contains("could not be read as Invoice");
    assertThat(e.bodyExcerpt()).startsWith("{\"_id\":\"6578278e879ad2646715ba9c\"");
    // The message is ours; the library's own exception (Jackson 3 or 2, whichever the client uses) stays the cause.
    assertThat(e.getCause().getClass().getName()).matches("(tools\\.jackson|com\\.fasterxml\\.jackson)\\..*");
  }

  @Test
  void anEmptySuccessBodyIsAnInvalidResponse() {
    hoopAi.enqueueJson(200, "");

    InvalidResponseException e = catchThrowableOfType(InvalidResponseException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(e.statusCode()).isEqualTo(200);
  }

  @Test
  void aBodyOfTheWrongShapeIsAnInvalidResponse() {
    hoopAi.enqueueJson(200, "[1, 2, 3]");

    InvalidResponseException e = catchThrowableOfType(InvalidResponseException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(e.bodyExcerpt()).isEqualTo("[1, 2, 3]");
  }

  @Test
  void redirectsAreNotFollowed() throws Exception {
    hoopAi.server().enqueue(new MockResponse.Builder().code(307)
        .addHeader("Location", hoopAi.server().url("/elsewhere").toString()).build());

    HoopAiApiException e = catchThrowableOfType(HoopAiApiException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(e.statusCode()).isEqualTo(307);
    assertThat(hoopAi.requestCount()).isEqualTo(1);
  }

  @Test
  void theV3ErrorShapeIsReadToo() {
    hoopAi.enqueueJson(404, "{\"error\":{\"code\":\"RESOURCE_NOT_FOUND\",\"message\":\"Location not found\"}}");

    NotFoundException e = catchThrowableOfType(NotFoundException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoiceSettings());

    assertThat(e.serverMessage()).isEqualTo("Location not found");
    assertThat(e.serverError()).isEqualTo("RESOURCE_NOT_FOUND");
  }
}
