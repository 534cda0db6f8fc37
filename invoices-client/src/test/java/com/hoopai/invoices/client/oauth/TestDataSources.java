package com.hoopai.invoices.client.oauth;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The databases the JDBC store is tested on: H2 in memory always, PostgreSQL when CI provides one. */
public final class TestDataSources {

  /** A JDBC URL with user and password, set by {@code .ci/postgres.sh}. */
  static final String POSTGRES_URL_VARIABLE = "HOOPAI_TEST_POSTGRES_URL";

  private TestDataSources() {
  }

  /** A new named in-memory H2 database, shared by every connection (two "processes") until the JVM ends. */
  static DataSource h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:tokens-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  /** The PostgreSQL server CI names, one connection per call (what the stores must cope with). */
  public static DataSource postgres() {
    String url = System.getenv(POSTGRES_URL_VARIABLE);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(POSTGRES_URL_VARIABLE + " is not set: CI must name a PostgreSQL server (see"
          + " RequiresPostgres)");
    }
    return postgresAt(url);
  }

  /** A table name of its own for each test, so runs against a shared server never see each other. */
  static String uniqueTable() {
    return "hoopai_oauth_tokens_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  static void dropTable(DataSource dataSource, String table) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + table);
    }
  }

  /** The driver's own DataSource: a connection per call, user and password from the URL's parameters. */
  private static DataSource postgresAt(String url) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    return dataSource;
  }
}
