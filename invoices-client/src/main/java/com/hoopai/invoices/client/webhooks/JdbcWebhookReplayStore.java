package com.hoopai.invoices.client.webhooks;

import com.hoopai.invoices.client.internal.SqlSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A {@link WebhookReplayStore} in a database table, shared by every app instance on the same
 * {@link DataSource}: the id is the primary key, so of two instances receiving the same delivery the
 * first {@code INSERT} wins and the second gets a duplicate-key error, read as "seen". Each call is one
 * short statement in auto-commit. Expired rows are deleted now and then (every {@value #PURGE_EVERY}
 * inserts of an instance) and by {@link #purgeExpired()}.
 *
 * <p>The schema is the classpath resource {@value #SCHEMA_RESOURCE} (PostgreSQL and H2 as is), in the style
 * of the OAuth token store's {@code hoopai_oauth_tokens.sql}.
 *
 * <pre>{@code
 * JdbcWebhookReplayStore store = JdbcWebhookReplayStore.builder(dataSource).build().createTableIfMissing();
 * WebhookVerifier verifier = WebhookVerifier.builder().replayStore(store).build();
 * }</pre>
 */
public final class JdbcWebhookReplayStore implements WebhookReplayStore {

  /** The schema, on the classpath. */
  public static final String SCHEMA_RESOURCE = "/com/hoopai/invoices/client/webhooks/hoopai_webhook_deliveries.sql";
  /** The default table name. */
  public static final String DEFAULT_TABLE = "hoopai_webhook_deliveries";
  /** Inserts between two purges of expired rows, per instance. */
  public static final int PURGE_EVERY = 500;

  private static final int MAX_ID_LENGTH = 255;

  private final DataSource dataSource;
  private final String table;
  private final Clock clock;
  private final AtomicLong inserts = new AtomicLong();

  /**
   * A store in the default table.
   *
   * @param dataSource the database (give it a pool)
   */
  public JdbcWebhookReplayStore(DataSource dataSource) {
    this(builder(dataSource));
  }

  private JdbcWebhookReplayStore(Builder builder) {
    this.dataSource = builder.dataSource;
    this.table = builder.table;
    this.clock = builder.clock;
  }

  /**
   * A builder.
   *
   * @param dataSource the database
   * @return a new builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * Creates the table and its index if missing. Safe at every start.
   *
   * @return this store
   * @throws WebhookReplayStoreException if the script fails
   */
  public JdbcWebhookReplayStore createTableIfMissing() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : schemaStatements(table)) {
        statement.execute(sql);
      }
      return this;
    } catch (SQLException e) {
      throw new WebhookReplayStoreException("could not create the table " + table + " (SQL state "
          + e.getSQLState() + ")", e);
    }
  }

  @Override
  public boolean markIfNew(String webhookId, Instant expiresAt) {
    Objects.requireNonNull(webhookId, "webhookId");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (webhookId.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException("webhookId is longer than " + MAX_ID_LENGTH + " characters");
    }
    Instant now = clock.instant();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      if (inserts.incrementAndGet() % PURGE_EVERY == 0) {
        purge(connection, now);
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO " + table + " (webhook_id, expires_at, received_at) VALUES (?, ?, ?)")) {
        insert.setString(1, webhookId);
        insert.setObject(2, timestamp(expiresAt));
        insert.setObject(3, timestamp(now));
        insert.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (!isDuplicateKey(e)) {
          throw e;
        }
      }
      // Seen: new again only if its row has expired, and then only for the one caller whose UPDATE wins.
      try (PreparedStatement renew = connection.prepareStatement(
          "UPDATE " + table + " SET expires_at = ?, received_at = ? WHERE webhook_id = ? AND expires_at <= ?")) {
        renew.setObject(1, timestamp(expiresAt));
        renew.setObject(2, timestamp(now));
        renew.setString(3, webhookId);
        renew.setObject(4, timestamp(now));
        return renew.executeUpdate() == 1;
      }
    } catch (SQLException e) {
      throw new WebhookReplayStoreException("could not record a webhook delivery in " + table + " (SQL state "
          + e.getSQLState() + ")", null);
    }
  }

  /**
   * Deletes the rows that have expired.
   *
   * @return how many were deleted
   * @throws WebhookReplayStoreException if the statement fails
   */
  public int purgeExpired() {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      return purge(connection, clock.instant());
    } catch (SQLException e) {
      throw new WebhookReplayStoreException("could not purge " + table + " (SQL state " + e.getSQLState() + ")", null);
    }
  }

  /**
   * The table the ids are in.
   *
   * @return the table name
   */
  public String tableName() {
    return table;
  }

  @Override
  public String toString() {
    return "JdbcWebhookReplayStore{table=" + table + "}";
  }

  private int purge(Connection connection, Instant now) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE expires_at <= ?")) {
      delete.setObject(1, timestamp(now));
      return delete.executeUpdate();
    }
  }

  private static boolean isDuplicateKey(SQLException e) {
    // 23505: unique violation, on PostgreSQL and H2 alike.
    return "23505".equals(e.getSQLState()) || (e.getSQLState() != null && e.getSQLState().startsWith("23")
        && e.getErrorCode() == 23505);
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static List<String> schemaStatements(String tableName) {
    return SqlSchema.statements(JdbcWebhookReplayStore.class, SCHEMA_RESOURCE, DEFAULT_TABLE, tableName);
  }

  /**
   * Configures a {@link JdbcWebhookReplayStore}.
   *
   * <pre>{@code
   * JdbcWebhookReplayStore store = JdbcWebhookReplayStore.builder(dataSource)
   *     .tableName("billing.hoopai_webhook_deliveries")
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final DataSource dataSource;
    private String table = DEFAULT_TABLE;
    private Clock clock = Clock.systemUTC();

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The table; default {@value JdbcWebhookReplayStore#DEFAULT_TABLE}.
     *
     * @param tableName a plain or schema-qualified SQL identifier
     * @return this builder
     */
    public Builder tableName(String tableName) {
      if (!SqlSchema.isTableName(tableName)) {
        throw new IllegalArgumentException("tableName must be a plain or schema-qualified SQL identifier");
      }
      this.table = tableName;
      return this;
    }

    /**
     * The clock judging expiry; default the system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The store.
     *
     * @return a new store
     */
    public JdbcWebhookReplayStore build() {
      return new JdbcWebhookReplayStore(this);
    }
  }
}
