package com.hoopai.invoices.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.client.RequestOptions;
import com.hoopai.invoices.client.RetryMode;
import com.hoopai.invoices.client.errors.RateLimitedException;
import com.hoopai.invoices.sandbox.support.RawHttp.Answer;
import com.hoopai.invoices.sandbox.support.RawHttp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The X-RateLimit-* headers on every answer and 429 over the limit, per location, on a clock we move. */
class RateLimitTest {

  private final MovableClock clock = new MovableClock();
  private HoopAiSandbox sandbox;
  private RawHttp http;

  @BeforeEach
  void start() {
    sandbox = HoopAiSandbox.builder().clock(clock).rateLimit(3, Duration.ofSeconds(10)).dailyLimit(1000).start();
    http = new RawHttp(sandbox.baseUrl()).authorized(sandbox.accessToken());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void everyAnswerCarriesTheLimitHeaders() {
    Answer ok = number(sandbox.locationId());
    Answer refused = http.header("Version", null).get(path(sandbox.locationId()));
    Answer unknownRoute = http.get("/invoices/nowhere/at/all?altId=" + sandbox.locationId());

    assertThat(unknownRoute.status()).isEqualTo(404);
    for (Answer answer : new Answer[] {ok, refused, unknownRoute}) {
      assertThat(answer.headers().get("X-RateLimit-Max")).isEqualTo("3");
      assertThat(answer.headers().get("X-RateLimit-Interval-Milliseconds")).isEqualTo("10000");
      assertThat(answer.headers().get("X-RateLimit-Limit-Daily")).isEqualTo("1000");
    }
    assertThat(ok.headers().get("X-RateLimit-Remaining")).isEqualTo("2");
    assertThat(refused.headers().get("X-RateLimit-Remaining")).as("refused requests count too").isEqualTo("1");
    assertThat(refused.headers().get("X-RateLimit-Daily-Remaining")).isEqualTo("998");
  }

  @Test
  void overTheLimitAnswers429UntilTheWindowEnds() {
    for (int i = 0; i < 3; i++) {
      assertThat(number(sandbox.locationId()).status()).isEqualTo(200);
    }
    Answer limited = number(sandbox.locationId());
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.json().toString())
        .isEqualTo("{\"statusCode\":429,\"message\":\"Too many requests\",\"error\":\"Too Many Requests\"}");
    assertThat(limited.headers().get("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(limited.headers().get("Retry-After")).as("seconds until the window ends").isEqualTo("10");
    assertThat(sandbox.rateLimits().rejectedCount()).isEqualTo(1);
    assertThat(number("anotherLocation00001").status()).as("another location has its own budget").isEqualTo(200);

    clock.advance(Duration.ofSeconds(10));
    assertThat(number(sandbox.locationId()).status()).isEqualTo(200);
  }

  @Test
  void aClientThatNeitherPacesNorRetriesSeesARateLimitedExceptionWithTheHeaders() {
    sandbox.rateLimits().set(1, Duration.ofMinutes(1));
    try (InvoicesClient client = sandbox.clientBuilder().paceRateLimits(false).build()) {
      LocationClient hoopai = client.withOptions(RequestOptions.builder().retryMode(RetryMode.NEVER).build())
          .forLocation(sandbox.locationId());
      hoopai.invoices().generateInvoiceNumber();

      assertThatThrownBy(() -> hoopai.invoices().generateInvoiceNumber())
          .isInstanceOfSatisfying(RateLimitedException.class, e -> {
            assertThat(e.rateLimit().orElseThrow().remaining()).hasValue(0);
            assertThat(e.rateLimit().orElseThrow().max()).hasValue(1);
          });
    }
  }

  @Test
  void theClientsGovernorPacesABurstIntoTheLimitTheSandboxReports() {
    sandbox.close();
    sandbox = HoopAiSandbox.builder().rateLimit(5, Duration.ofMillis(400)).start();

    long started = System.nanoTime();
    for (int i = 0; i < 12; i++) {
      sandbox.location().invoices().generateInvoiceNumber();
    }

    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("12 calls at 5 per 400 ms")
        .isGreaterThanOrEqualTo(Duration.ofMillis(700));
    assertThat(sandbox.client().rateLimit(sandbox.locationId())).isPresent();
  }

  @Test
  void theDailyLimitCountsToo() {
    sandbox.close();
    sandbox = HoopAiSandbox.builder().clock(clock).dailyLimit(2).start();
    http = new RawHttp(sandbox.baseUrl()).authorized(sandbox.accessToken());

    number(sandbox.locationId());
    number(sandbox.locationId());
    Answer third = number(sandbox.locationId());

    assertThat(third.status()).isEqualTo(429);
    assertThat(third.headers().get("X-RateLimit-Daily-Remaining")).isEqualTo("0");
    clock.advance(Duration.ofDays(1));
    assertThat(number(sandbox.locationId()).status()).isEqualTo(200);
  }

  private Answer number(String location) {
    return http.get(path(location));
  }

  private static String path(String location) {
    return "/invoices/generate-invoice-number?altType=location&altId=" + location;
  }

  /** A clock the test moves forward. */
  private static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-04-01T09:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
