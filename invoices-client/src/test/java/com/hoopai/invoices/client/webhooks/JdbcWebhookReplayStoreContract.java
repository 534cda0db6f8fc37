package com.hoopai.invoices.client.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two app instances behind a load balancer share one JDBC replay store: each delivery is processed once. */
abstract class JdbcWebhookReplayStoreContract {

  private static final String PAID = "{\"type\":\"InvoicePaid\",\"_id\":\"inv_1\",\"altId\":\"loc_1\",\"status\":\"paid\"}";

  private final WebhookTestSigner signer = WebhookTestSigner.create();
  private DataSource dataSource;
  private final String table = "hoopai_webhook_deliveries_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  abstract DataSource dataSource();

  @BeforeEach
  void createTable() {
    dataSource = dataSource();
  }

  @AfterEach
  void dropTable() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + table);
    }
  }

  private JdbcWebhookReplayStore store(Clock clock) {
    return JdbcWebhookReplayStore.builder(dataSource).tableName(table).clock(clock).build().createTableIfMissing();
  }

  @Test
  void aDeliveryPostedToTwoInstancesAtOnceIsProcessedByExactlyOne() throws Exception {
    try (WebhookReceiver first = WebhookReceiver.start(signer.verifierBuilder().replayStore(store(Clock.systemUTC())).build());
        WebhookReceiver second = WebhookReceiver.start(signer.verifierBuilder().replayStore(store(Clock.systemUTC())).build())) {
      ExecutorService threads = Executors.newFixedThreadPool(8);
      try {
        for (int delivery = 0; delivery < 20; delivery++) {
          byte[] body = signer.withReplayFields(PAID);
          Map<String, String> headers = signer.headers(body);
          CountDownLatch start = new CountDownLatch(1);
          List<Future<Integer>> answers = new ArrayList<>();
          for (int i = 0; i < 4; i++) {
            WebhookReceiver target = i % 2 == 0 ? first : second;
            Callable<Integer> post = () -> {
              start.await();
              return target.post(body, headers).status();
            };
            answers.add(threads.submit(post));
          }
          start.countDown();
          for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(200);
          }
        }
      } finally {
        threads.shutdownNow();
      }
      assertThat(first.dispatched.size() + second.dispatched.size()).isEqualTo(20);
      assertThat(first.refusals.size() + second.refusals.size()).isEqualTo(60);
      assertThat(first.refusals).allSatisfy(e -> assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.DUPLICATE));
    }
  }

  @Test
  void anIdIsForgottenOnlyAfterItExpires() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-04T12:00:00Z"));
    JdbcWebhookReplayStore store = store(clock);
    Instant expiry = clock.instant().plus(Duration.ofMinutes(6));

    assertThat(store.markIfNew("w1", expiry)).isTrue();
    assertThat(store.markIfNew("w1", expiry)).isFalse();
    clock.now = expiry.plusSeconds(1);
    assertThat(store.markIfNew("w1", clock.now.plusSeconds(60))).isTrue();
    assertThat(store.markIfNew("w1", clock.now.plusSeconds(60))).isFalse();
    assertThat(store.markIfNew("w2", clock.now.minusSeconds(1))).isTrue();
    assertThat(store.purgeExpired()).isEqualTo(1);
  }

  @Test
  void aStoreThatCannotBeWrittenFailsTypedWithoutQuotingTheId() throws IOException {
    JdbcWebhookReplayStore missingTable = JdbcWebhookReplayStore.builder(dataSource).tableName(table + "_absent").build();

    assertThatThrownBy(() -> missingTable.markIfNew("secret-delivery-id", Instant.now().plusSeconds(60)))
        .isInstanceOf(WebhookReplayStoreException.class)
        .hasMessageNotContaining("secret-delivery-id");
    try (WebhookReceiver receiver = WebhookReceiver.start(signer.verifierBuilder().replayStore(missingTable).build())) {
      byte[] body = signer.withReplayFields(PAID);
      assertThat(receiver.post(body, signer.headers(body)).status()).as("HoopAI delivers again after 429").isEqualTo(429);
      assertThat(receiver.dispatched).isEmpty();
    }
  }

  private static final class MutableClock extends Clock {
    volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
