package com.hoopai.invoices.client.webhooks;

import com.hoopai.invoices.client.oauth.RequiresPostgres;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** The JDBC replay store on PostgreSQL, named by {@code HOOPAI_TEST_POSTGRES_URL} (required under CI). */
@RequiresPostgres
class JdbcWebhookReplayStorePostgresTest extends JdbcWebhookReplayStoreContract {

  @Override
  DataSource dataSource() {
    String url = System.getenv("HOOPAI_TEST_POSTGRES_URL");
    return new DataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url);
      }

      @Override
      public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(url, username, password);
      }

      @Override
      public PrintWriter getLogWriter() {
        return null;
      }

      @Override
      public void setLogWriter(PrintWriter out) {
      }

      @Override
      public void setLoginTimeout(int seconds) {
      }

      @Override
      public int getLoginTimeout() {
        return 0;
      }

      @Override
      public Logger getParentLogger() {
        return Logger.getGlobal();
      }

      @Override
      public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
      }

      @Override
      public boolean isWrapperFor(Class<?> iface) {
        return false;
      }
    };
  }
}
