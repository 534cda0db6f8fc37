package com.hoopai.invoices.client.oauth;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * How {@link JdbcTokenStore} talks to its database: one transaction per store operation, and a failure turned
 * into a {@link TokenStoreException} whose message never quotes a token, since drivers quote the values they
 * refuse.
 */
final class JdbcTransactions {

  /** The work of one transaction. */
  @FunctionalInterface
  interface SqlAction<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;
  private final String table;

  JdbcTransactions(DataSource dataSource, String table) {
    this.dataSource = dataSource;
    this.table = table;
  }

  /**
   * Runs the action in one transaction (committed, or rolled back on any failure) on a connection of its own.
   *
   * @param what what the action does, for the message: "read", "save", ...
   * @param key the key, or {@code null}
   * @param secrets the tokens the action binds: a driver message quoting one is withheld
   * @throws TokenStoreException if the action or the connection failed
   */
  <T> T run(String what, String key, SqlAction<T> action, String... secrets) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      if (autoCommit) {
        connection.setAutoCommit(false);
      }
      try {
        T result = action.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          connection.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(safe(rollback, secrets));
        }
        throw e;
      } finally {
        if (autoCommit) {
          connection.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      SQLException safe = safe(e, secrets);
      throw new TokenStoreException("jdbc token store: could not " + what + " the tokens"
          + (key == null ? "" : " of " + key) + " in " + table + " (SQLState " + e.getSQLState() + ", error code "
          + e.getErrorCode() + "): " + safe.getMessage(), key, safe);
    }
  }

  /**
   * The failure without any message that quotes a secret: drivers quote refused values ("value too long:
   * 'eyJ...'"), sometimes cut short, so any long-enough piece of a secret withholds the message.
   */
  static SQLException safe(SQLException e, String... secrets) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (quotesSecret(t.getMessage(), secrets)) {
        return new SQLException("(driver message withheld: it quoted a token)", e.getSQLState(), e.getErrorCode());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    SQLException next = e.getNextException();
    if (next != null && quotesSecret(next.getMessage(), secrets)) {
      return new SQLException(e.getMessage(), e.getSQLState(), e.getErrorCode());
    }
    return e;
  }

  private static boolean quotesSecret(String message, String... secrets) {
    if (message == null) {
      return false;
    }
    int piece = 12;
    for (String secret : secrets) {
      if (secret == null) {
        continue;
      }
      if (secret.length() <= piece) {
        if (secret.length() >= 4 && message.contains(secret)) {
          return true;
        }
        continue;
      }
      for (int i = 0; i + piece <= secret.length(); i++) {
        if (message.contains(secret.substring(i, i + piece))) {
          return true;
        }
      }
    }
    return false;
  }
}
