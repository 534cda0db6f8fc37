package com.hoopai.invoices.client.oauth;

import com.hoopai.invoices.client.internal.SqlSchema;
import com.hoopai.invoices.client.oauth.internal.StoreChecks;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link TokenStore} in a database table, through any {@link DataSource} (give it a pool): the store for
 * several processes or servers. Every compare-and-set is one {@code UPDATE ... WHERE token_key = ? AND
 * row_version = ?} statement, so it holds across processes without locks held between calls. Each
 * operation runs in its own short transaction on a connection of its own.
 *
 * <p>The schema is the classpath resource {@value #SCHEMA_RESOURCE} (PostgreSQL and H2 as is);
 * {@link #createTableIfMissing()} runs it, or apply it with your migration tool. Driver error messages that
 * quote a token are withheld from exceptions.
 *
 * <pre>{@code
 * JdbcTokenStore store = JdbcTokenStore.builder(dataSource).tableName("hoopai_oauth_tokens").build();
 * store.createTableIfMissing();
 * OAuthTokenProvider tokens = OAuthTokenProvider.builder(credentials).tokenStore(store).build();
 * }</pre>
 */
public final class JdbcTokenStore implements TokenStore {

  /** The schema, on the classpath. */
  public static final String SCHEMA_RESOURCE = "/com/hoopai/invoices/client/oauth/hoopai_oauth_tokens.sql";
  /** The default table name. */
  public static final String DEFAULT_TABLE = "hoopai_oauth_tokens";

  private static final String COLUMNS = "token_key, user_type, access_token, refresh_token, expires_at, scope,"
      + " company_id, location_id, row_version";
  /** A lease held by another owner that is still running blocks a change. */
  private static final String LEASE_FREE = "(lease_owner IS NULL OR lease_owner = ? OR lease_until <= ?)";


  private final DataSource dataSource;
  private final String table;
  private final Clock clock;
  private final JdbcTransactions transactions;

  /**
   * A store in the default table, judging lease expiry with the system clock.
   *
   * @param dataSource the database
   */
  public JdbcTokenStore(DataSource dataSource) {
    this(builder(dataSource));
  }

  private JdbcTokenStore(Builder builder) {
    this.dataSource = builder.dataSource;
    this.table = builder.table;
    this.clock = builder.clock;
    this.transactions = new JdbcTransactions(dataSource, table);
  }

  /**
   * A builder for a store on the data source.
   *
   * @param dataSource the database
   * @return a new builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * Creates the table if it does not exist (the {@value #SCHEMA_RESOURCE} script, with this store's table
   * name). Safe to call at every start.
   *
   * @return this store
   * @throws TokenStoreException if the script fails
   */
  public JdbcTokenStore createTableIfMissing() {
    List<String> statements = schemaStatements(table);
    return transactions.run("create the table for", null, connection -> {
      try (Statement statement = connection.createStatement()) {
        for (String sql : statements) {
          statement.execute(sql);
        }
      }
      return this;
    });
  }

  /**
   * The schema's statements, for a table name.
   *
   * @param tableName the table
   * @return the statements, without their terminating semicolons
   */
  static List<String> schemaStatements(String tableName) {
    return SqlSchema.statements(JdbcTokenStore.class, SCHEMA_RESOURCE, DEFAULT_TABLE, tableName);
  }

  /**
   * The table the tokens are in.
   *
   * @return the table name
   */
  public String tableName() {
    return table;
  }

  @Override
  public Optional<StoredTokens> load(String key) {
    StoreChecks.checkKey(key);
    return transactions.run("read", key, connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT " + COLUMNS + " FROM " + table + " WHERE token_key = ?")) {
        select.setString(1, key);
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Optional.of(read(row)) : Optional.<StoredTokens>empty();
        }
      }
    });
  }

  @Override
  public StoredTokens put(StoredTokens tokens) {
    Objects.requireNonNull(tokens, "tokens");
    String key = tokens.key();
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.run("write", key, connection -> {
          Instant now = clock.instant();
          try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET user_type = ?,"
              + " access_token = ?, refresh_token = ?, expires_at = ?, scope = ?, company_id = ?, location_id = ?,"
              + " row_version = row_version + 1, lease_owner = NULL, lease_until = NULL, updated_at = ?"
              + " WHERE token_key = ?")) {
            int i = bindValues(update, 1, tokens);
            update.setObject(i++, timestamp(now));
            update.setString(i, key);
            if (update.executeUpdate() == 0) {
              try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " ("
                  + "user_type, access_token, refresh_token, expires_at, scope, company_id, location_id,"
                  + " updated_at, token_key, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                int j = bindValues(insert, 1, tokens);
                insert.setObject(j++, timestamp(now));
                insert.setString(j, key);
                insert.executeUpdate();
              }
            }
          }
          try (PreparedStatement select = connection.prepareStatement(
              "SELECT row_version FROM " + table + " WHERE token_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
              row.next();
              return tokens.toBuilder().version(row.getLong(1)).build();
            }
          }
        }, tokens.accessToken(), tokens.refreshToken());
      } catch (TokenStoreException e) {
        // Two first installs raced on the INSERT: the loser updates the winner's row.
        if (attempt < 3 && e.getCause() instanceof SQLException sql && isDuplicateKey(sql)) {
          continue;
        }
        throw e;
      }
    }
  }

  @Override
  public boolean tryLease(String key, long expectedVersion, String owner, Instant leaseUntil) {
    StoreChecks.checkKey(key);
    StoreChecks.checkOwner(owner);
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    return transactions.run("lease", key, connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
          + " SET lease_owner = ?, lease_until = ? WHERE token_key = ? AND row_version = ? AND " + LEASE_FREE)) {
        update.setString(1, owner);
        update.setObject(2, timestamp(leaseUntil));
        update.setString(3, key);
        update.setLong(4, expectedVersion);
        update.setString(5, owner);
        update.setObject(6, timestamp(clock.instant()));
        return update.executeUpdate() == 1;
      }
    });
  }

  @Override
  public boolean saveRefreshed(String key, long expectedVersion, String owner, StoredTokens next) {
    StoreChecks.checkOwner(owner);
    StoreChecks.checkNext(key, expectedVersion, next);
    return transactions.run("save", key, connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET user_type = ?,"
          + " access_token = ?, refresh_token = ?, expires_at = ?, scope = ?, company_id = ?, location_id = ?,"
          + " row_version = ?, lease_owner = NULL, lease_until = NULL, updated_at = ?"
          + " WHERE token_key = ? AND row_version = ? AND " + LEASE_FREE)) {
        Instant now = clock.instant();
        int i = bindValues(update, 1, next);
        update.setLong(i++, next.version());
        update.setObject(i++, timestamp(now));
        update.setString(i++, key);
        update.setLong(i++, expectedVersion);
        update.setString(i++, owner);
        update.setObject(i, timestamp(now));
        return update.executeUpdate() == 1;
      }
    }, next.accessToken(), next.refreshToken());
  }

  @Override
  public void release(String key, String owner) {
    StoreChecks.checkKey(key);
    transactions.run("release the lease of", key, connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
          + " SET lease_owner = NULL, lease_until = NULL WHERE token_key = ? AND lease_owner = ?")) {
        update.setString(1, key);
        update.setString(2, owner);
        return update.executeUpdate();
      }
    });
  }

  @Override
  public boolean delete(String key) {
    StoreChecks.checkKey(key);
    return transactions.run("delete", key, connection -> {
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM " + table + " WHERE token_key = ?")) {
        delete.setString(1, key);
        return delete.executeUpdate() > 0;
      }
    });
  }

  @Override
  public String toString() {
    return "JdbcTokenStore{table=" + table + "}";
  }

  private static int bindValues(PreparedStatement statement, int first, StoredTokens tokens) throws SQLException {
    int i = first;
    statement.setString(i++, tokens.userType().wireValue());
    statement.setString(i++, tokens.accessToken());
    statement.setString(i++, tokens.refreshToken());
    statement.setObject(i++, timestamp(tokens.expiresAt()));
    statement.setString(i++, tokens.scope());
    statement.setString(i++, tokens.companyId());
    statement.setString(i++, tokens.locationId());
    return i;
  }

  private static StoredTokens read(ResultSet row) throws SQLException {
    StoredTokens.Builder tokens = StoredTokens.builder()
        .key(row.getString("token_key"))
        .userType(UserType.fromWire(row.getString("user_type")))
        .refreshToken(row.getString("refresh_token"))
        .expiresAt(row.getObject("expires_at", OffsetDateTime.class).toInstant())
        .scope(row.getString("scope"))
        .companyId(row.getString("company_id"))
        .locationId(row.getString("location_id"))
        .version(row.getLong("row_version"));
    String access = row.getString("access_token");
    return (access == null ? tokens : tokens.accessToken(access)).build();
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static boolean isDuplicateKey(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }

  /**
   * Configures a {@link JdbcTokenStore}.
   *
   * <pre>{@code
   * JdbcTokenStore store = JdbcTokenStore.builder(dataSource).tableName("oauth.hoopai_tokens").build();
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
     * The table, optionally schema-qualified.
     *
     * @param tableName letters, digits and underscores ({@code schema.table} allowed); default
     *     {@value JdbcTokenStore#DEFAULT_TABLE}
     * @return this builder
     */
    public Builder tableName(String tableName) {
      if (!SqlSchema.isTableName(tableName)) {
        throw new IllegalArgumentException("tableName must be an identifier (letters, digits, _), was " + tableName);
      }
      this.table = tableName;
      return this;
    }

    /**
     * The clock that judges lease expiry and stamps {@code updated_at}.
     *
     * @param clock default the system clock (UTC)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the store.
     *
     * @return the store
     */
    public JdbcTokenStore build() {
      return new JdbcTokenStore(this);
    }
  }
}
