package com.hoopai.invoices.client.oauth;

import javax.sql.DataSource;

/** The JDBC store on a real PostgreSQL server, when {@code HOOPAI_TEST_POSTGRES_URL} names one (CI does). */
@RequiresPostgres
class JdbcTokenStorePostgresTest extends JdbcTokenStoreContract {

  @Override
  DataSource dataSource() {
    return TestDataSources.postgres();
  }
}
