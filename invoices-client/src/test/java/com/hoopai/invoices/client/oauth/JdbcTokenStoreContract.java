package com.hoopai.invoices.client.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC store keeps the contract on a database; subclasses choose which. */
abstract class JdbcTokenStoreContract extends TokenStoreContract {

  protected DataSource dataSource;
  protected String table;

  abstract DataSource dataSource();

  @BeforeEach
  void createTable() {
    dataSource = dataSource();
    table = TestDataSources.uniqueTable();
    JdbcTokenStore.builder(dataSource).tableName(table).build().createTableIfMissing();
  }

  @AfterEach
  void dropTable() throws SQLException {
    TestDataSources.dropTable(dataSource, table);
  }

  @Override
  TokenStore newStore() {
    return JdbcTokenStore.builder(dataSource).tableName(table).clock(clock).build();
  }

  @Test
  void createTableIfMissingCanRunAtEveryStart() {
    JdbcTokenStore store = (JdbcTokenStore) newStore();
    StoredTokens stored = store.put(tokens(KEY, 1));

    store.createTableIfMissing().createTableIfMissing();

    assertThat(store.load(KEY)).contains(stored);
  }

  @Test
  void theShippedSchemaMakesTheDocumentedColumns() throws SQLException {
    newStore().put(tokens(KEY, 1));
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT token_key, row_version, lease_owner, lease_until,"
            + " updated_at, expires_at FROM " + table)) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString("token_key")).isEqualTo(KEY);
      assertThat(row.getLong("row_version")).isEqualTo(1);
      assertThat(row.getString("lease_owner")).isNull();
    }
    assertThat(JdbcTokenStore.schemaStatements("x")).hasSize(1).allMatch(sql -> sql.contains("CREATE TABLE IF NOT EXISTS x ("));
  }

  @Test
  void aDriverErrorThatQuotesATokenIsWithheld() {
    TokenStore store = newStore();
    String huge = "at-" + "0123456789abcdef".repeat(600) + "-beef";   // longer than the column

    TokenStoreException e = catchThrowableOfType(TokenStoreException.class, () -> store.put(tokens(KEY, 1)
        .toBuilder().accessToken(huge).build()));

    assertThat(e.key()).isEqualTo(KEY);
    assertThat(e.getMessage()).contains("could not write the tokens of " + KEY).contains("SQLState");
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain("0123456789abcdef");
    }
    OAuthFixture.assertNoSecretIn(e);
  }

  @Test
  void aMissingTableIsATokenStoreException() {
    TokenStore store = JdbcTokenStore.builder(dataSource).tableName("no_such_table_here").build();

    TokenStoreException e = catchThrowableOfType(TokenStoreException.class, () -> store.load(KEY));

    assertThat(e.getMessage()).contains("could not read the tokens of " + KEY).contains("no_such_table_here");
  }

  @Test
  void theTableNameMustBeAnIdentifier() {
    assertThatThrownBy(() -> JdbcTokenStore.builder(dataSource).tableName("t; DROP TABLE x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(JdbcTokenStore.builder(dataSource).tableName("oauth.tokens").build().tableName())
        .isEqualTo("oauth.tokens");
  }
}
