package com.hoopai.invoices.client.oauth;

import javax.sql.DataSource;

/** The JDBC store on H2 (in memory), always. */
class JdbcTokenStoreH2Test extends JdbcTokenStoreContract {

  private final DataSource h2 = TestDataSources.h2();

  @Override
  DataSource dataSource() {
    return h2;
  }
}
