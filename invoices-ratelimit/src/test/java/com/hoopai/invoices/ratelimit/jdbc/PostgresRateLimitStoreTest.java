package com.hoopai.invoices.ratelimit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.ratelimit.RateLimitStore;
import com.hoopai.invoices.ratelimit.RateLimitStoreContractAccess;
import com.hoopai.invoices.ratelimit.TestServers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store on a real server, with each locking strategy. */
class PostgresRateLimitStoreTest extends RateLimitStoreContractAccess {

  private DataSource dataSource;
  private String table;

  @BeforeEach
  void createTable() {
    dataSource = TestServers.postgres();
    table = TestServers.uniqueTable();
    PostgresRateLimitStore.builder(dataSource).table(table).build().createTableIfMissing().close();
  }

  @AfterEach
  void dropTable() throws SQLException {
    if (table != null) {
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("DROP TABLE IF EXISTS " + table);
      }
    }
  }

  @Override
  protected RateLimitStore newStore() {
    // A generous bound: these tests check what is booked; a busy build machine must not turn them into timeouts.
    return PostgresRateLimitStore.builder(dataSource).table(table).timeout(Duration.ofSeconds(5)).build();
  }

  @Override
  protected RateLimitStore unreachableStore() {
    return PostgresRateLimitStore.builder(TestServers.unreachablePostgres()).timeout(Duration.ofMillis(300)).build();
  }

  @Test
  void advisoryLockLockingSharesTheBudgetToo() {
    try (PostgresRateLimitStore a = PostgresRateLimitStore.builder(dataSource).table(table)
            .locking(PostgresRateLimitStore.Locking.ADVISORY_LOCK).build();
         PostgresRateLimitStore b = PostgresRateLimitStore.builder(dataSource).table(table)
            .locking(PostgresRateLimitStore.Locking.ADVISORY_LOCK).build()) {
      var key = new com.hoopai.invoices.client.ratelimit.RateLimitKey(TestServers.uniqueApp(), "x");
      var onePerMinute = new com.hoopai.invoices.client.ratelimit.RateLimitBands(1, Duration.ofMinutes(1), 10);
      assertThat(a.reserve(key, onePerMinute, MINUTE)).isZero();
      assertThat(b.reserve(key, onePerMinute, HOUR)).isGreaterThan(Duration.ofSeconds(50).toNanos());
    }
  }

  @Test
  void aTableNameThatIsNotAnIdentifierIsRefused() {
    assertThatThrownBy(() -> PostgresRateLimitStore.builder(dataSource).table("x; DROP TABLE y"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table");
  }

  @Test
  void itsToStringNamesTheTableAndLockingButNoCredentials() {
    assertThat(newStore()).hasToString("PostgresRateLimitStore{table=" + table + ", locking=SELECT_FOR_UPDATE}");
  }
}
