package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static com.hoopai.invoices.client.support.HoopAiMock.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.errors.ForbiddenException;
import com.hoopai.invoices.client.errors.HoopAiApiException;
import com.hoopai.invoices.client.errors.ServerErrorException;
import com.hoopai.invoices.client.errors.UnauthorizedException;
import com.hoopai.invoices.client.support.HoopAiMock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A proxy or gateway that refuses a request may quote the {@code Authorization} header in its error: the token
 * the SDK sent, and any bearer credential, must not reach the exception's message, {@code toString()},
 * accessors, or a request log line.
 */
class TokenInErrorBodyTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static final String INVOICE_ID = "6578278e879ad2646715ba9c";
  private static final String OTHER_TOKEN = "eyJhbGciOiJIUzI1NiJ9.other-credential";

  @Test
  void anApi401QuotingTheTokenShowsItNowhere() {
    hoopAi.enqueueJson(401, "{\"statusCode\":401,\"message\":\"Invalid token: " + TOKEN + " (header was 'Bearer "
        + TOKEN + "')\",\"error\":\"Unauthorized " + TOKEN + "\",\"traceId\":\"t-1\"}");

    UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(e.serverMessage()).startsWith("Invalid token: <redacted>");
    assertNoCredential(e);
  }

  @Test
  void anyBearerCredentialInAnErrorIsRemovedToo() {
    hoopAi.enqueueJson(403, "{\"statusCode\":403,\"message\":[\"forwarded Authorization: Bearer " + OTHER_TOKEN
        + "\"]}");

    ForbiddenException e = catchThrowableOfType(ForbiddenException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(e.messages()).containsExactly("forwarded Authorization: Bearer <redacted>");
    assertNoCredential(e);
  }

  @Test
  void aNonJsonErrorPageQuotingTheTokenIsScrubbedInTheExcerpt() {
    hoopAi.server().enqueue(new mockwebserver3.MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
        .body("<html><body>upstream refused Bearer " + TOKEN + "</body></html>").build());

    ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(e.bodyExcerpt()).contains("upstream refused Bearer <redacted>");
    assertNoCredential(e);
  }

  @Test
  void aFullRequestLogOfAnErrorQuotingTheTokenShowsItNowhere() {
    List<String> lines = new ArrayList<>();
    InvoicesClient logging = hoopAi.clientBuilder().requestLogging(RequestLogging.FULL).requestLogger(lines::add)
        .build();
    hoopAi.enqueueJson(401, "{\"statusCode\":401,\"message\":\"Invalid token: " + TOKEN + "\"}");

    catchThrowableOfType(UnauthorizedException.class, () -> logging.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(lines).anySatisfy(line -> assertThat(line).contains("Invalid token: <redacted>"));
    assertThat(lines).noneSatisfy(line -> assertThat(line).contains(TOKEN));
    logging.close();
  }

  private static void assertNoCredential(HoopAiApiException e) {
    List<String> texts = new ArrayList<>();
    texts.add(e.getMessage());
    texts.add(e.toString());
    texts.add(e.serverMessage());
    texts.add(e.serverError());
    texts.add(e.bodyExcerpt());
    texts.addAll(e.messages());
    e.traceId().ifPresent(texts::add);
    Optional.ofNullable(e.getCause()).map(Throwable::toString).ifPresent(texts::add);
    for (String text : texts) {
      if (text != null) {
        assertThat(text).doesNotContain(TOKEN).doesNotContain(OTHER_TOKEN);
      }
    }
  }
}
