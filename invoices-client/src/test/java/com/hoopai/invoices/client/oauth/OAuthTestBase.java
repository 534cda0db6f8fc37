package com.hoopai.invoices.client.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.model.Invoice;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * One fake HoopAI (token endpoints and API) on loopback per test, every SDK log line captured at every
 * level, and a check that no secret shows anywhere.
 */
abstract class OAuthTestBase {

  static final String LOCATION = "ve9EPM428h8vShlRW1KT";
  static final String INVOICE = "6578278e879ad2646715ba9c";

  protected MockWebServer server;
  protected FakeHoopAi fake;
  protected final List<String> logLines = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private final Logger sdkLogger = Logger.getLogger("com.hoopai.invoices");
  private Level previousLevel;
  private final Handler capture = new Handler() {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      StringBuilder line = new StringBuilder(record.getLevel() + " " + record.getLoggerName() + " "
          + formatter.formatMessage(record));
      if (record.getThrown() != null) {
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        line.append('\n').append(trace);
      }
      logLines.add(line.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };

  @BeforeEach
  void startFake() throws IOException {
    fake = new FakeHoopAi();
    server = new MockWebServer();
    server.setDispatcher(fake);
    server.start(InetAddress.getLoopbackAddress(), 0);
    previousLevel = sdkLogger.getLevel();
    sdkLogger.setLevel(Level.ALL);
    capture.setLevel(Level.ALL);
    sdkLogger.addHandler(capture);
  }

  @AfterEach
  void stopFake() throws Exception {
    sdkLogger.removeHandler(capture);
    sdkLogger.setLevel(previousLevel);
    for (AutoCloseable closeable : closeables) {
      closeable.close();
    }
    server.close();
    assertThat(fake.reusedRefreshTokens).as("a spent refresh token was sent again (a race)").hasValue(0);
    assertNoSecretIn(logLines);
  }

  OAuthCredentials credentials(UserType type) {
    return OAuthCredentials.builder().clientId(FakeHoopAi.CLIENT_ID).clientSecret(FakeHoopAi.CLIENT_SECRET)
        .userType(type).tokenUrl(server.url("/oauth/token").toString()).build();
  }

  OAuthTokenProvider.Builder providerBuilder(TokenStore store) {
    return OAuthTokenProvider.builder(credentials(UserType.LOCATION)).tokenStore(store)
        .readTimeout(Duration.ofSeconds(5));
  }

  InvoicesClient client(AccessTokenProvider tokens) {
    // These tests burst one location far past 100 requests per 10 s; pacing has its own tests (resilience/).
    InvoicesClient client = InvoicesClient.builder().baseUrl(server.url("/").toString())
        .accessTokenProvider(tokens).paceRateLimits(false).build();
    closeables.add(client);
    return client;
  }

  static Invoice getInvoice(InvoicesClient client, String locationId) {
    return client.forLocation(locationId).invoices().getInvoice(INVOICE);
  }

  static Instant expired() {
    return Instant.now().minusSeconds(60);
  }

  static Instant inOneDay() {
    return Instant.now().plus(Duration.ofDays(1));
  }

  /** No client secret, token or code (the fake's all end in a recognizable suffix) in any of the texts. */
  static void assertNoSecretIn(Iterable<String> texts) {
    for (String text : texts) {
      assertThat(text).as("a text shown to people")
          .doesNotContain(FakeHoopAi.CLIENT_SECRET)
          .doesNotContain("-c0ffee")     // refresh tokens
          .doesNotContain("-beef")       // access tokens
          .doesNotContain("-a11ce");     // authorization codes
    }
  }

  /** The message, toString and every cause's message of a failure, checked like log lines. */
  static void assertNoSecretIn(Throwable error) {
    List<String> texts = new ArrayList<>();
    for (Throwable t = error; t != null; t = t.getCause()) {
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
      for (Throwable suppressed : t.getSuppressed()) {
        texts.add(suppressed.toString());
      }
    }
    assertNoSecretIn(texts);
  }
}
