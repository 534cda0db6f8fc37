package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static com.hoopai.invoices.client.support.HoopAiMock.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.errors.UnauthorizedException;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The token never appears in logs, exception messages or {@code toString}. */
class RedactionTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  @ParameterizedTest
  @EnumSource(value = RequestLogging.class, names = {"BASIC", "HEADERS", "FULL"})
  void requestLogsNeverShowTheToken(RequestLogging level) {
    List<String> lines = new CopyOnWriteArrayList<>();
    InvoicesClient logging = hoopAi.clientBuilder().requestLogging(level).requestLogger(lines::add).build();
    hoopAi.enqueueExample("createInvoice");
    hoopAi.server().enqueue(new mockwebserver3.MockResponse.Builder().code(401)
        .addHeader("Set-Cookie", "session=secret-cookie-value")
        .addHeader("Content-Type", "application/json")
        .body("{\"statusCode\":401,\"message\":\"Invalid token: access token is invalid\",\"error\":\"Unauthorized\"}")
        .build());

    logging.invoices().createInvoice(SpecExamples.request("createInvoice", CreateInvoiceRequest.class));
    catchThrowableOfType(UnauthorizedException.class, () -> logging.forLocation(LOCATION).invoices().getInvoiceSettings());

    assertThat(lines).isNotEmpty().noneMatch(line -> line.contains(TOKEN) || line.contains("secret-cookie"));
    assertThat(lines).anyMatch(line -> line.contains("---> POST " + hoopAi.server().url("/invoices/")));
    if (level != RequestLogging.BASIC) {
      assertThat(lines).anyMatch(line -> line.endsWith("Authorization: <redacted>"));
      assertThat(lines).anyMatch(line -> line.endsWith("Version: 2021-07-28"));
    }
    if (level == RequestLogging.FULL) {
      assertThat(lines).anyMatch(line -> line.contains("\"name\":\"Water heater replacement - Morgan\""));
    }
  }

  @Test
  void theDefaultLoggerWritesRedactedLinesToTheSystemLogger() {
    Logger jul = Logger.getLogger("com.hoopai.invoices.http");
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        lines.add(record.getMessage());
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    Level before = jul.getLevel();
    jul.setLevel(Level.ALL);
    jul.addHandler(capture);
    try {
      InvoicesClient logging = hoopAi.clientBuilder().requestLogging(RequestLogging.HEADERS).build();
      hoopAi.enqueueExample("getInvoiceSettings");
      logging.forLocation(LOCATION).invoices().getInvoiceSettings();
    } finally {
      jul.removeHandler(capture);
      jul.setLevel(before);
    }
    assertThat(lines).anyMatch(line -> line.endsWith("Authorization: <redacted>"))
        .noneMatch(line -> line.contains(TOKEN));
  }

  @Test
  void exceptionsNeverShowTheToken() {
    hoopAi.enqueueJson(401, "{\"statusCode\":401,\"message\":\"Invalid token: access token is invalid\"}");

    UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
        () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoiceSettings());

    assertThat(e.getMessage()).doesNotContain(TOKEN);
    assertThat(e.toString()).doesNotContain(TOKEN);
  }

  @Test
  void toStringNeverShowsTheToken() {
    assertThat(hoopAi.client().toString()).doesNotContain(TOKEN).contains(hoopAi.server().url("/").host());
    assertThat(hoopAi.clientBuilder().toString()).doesNotContain(TOKEN).contains("accessToken=<redacted>");
    assertThat(AccessTokenProvider.of(TOKEN).toString()).doesNotContain(TOKEN);
    assertThat(hoopAi.client().invoices().toString()).doesNotContain(TOKEN);
    assertThat(hoopAi.client().forLocation(LOCATION).toString()).doesNotContain(TOKEN);
  }
}
