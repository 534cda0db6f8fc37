package com.hoopai.invoices.client.oauth;

import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The JDBC store on a real PostgreSQL server, when {@code HOOPAI_TEST_POSTGRES_URL} names one (CI does). */
@EnabledIfEnvironmentVariable(named = TestDataSources.POSTGRES_URL_VARIABLE, matches = "jdbc:postgresql:.+")
class JdbcTokenStorePostgresTest extends JdbcTokenStoreContract {

  @Override
  DataSource dataSource() {
    return TestDataSources.postgres();
  }
}
