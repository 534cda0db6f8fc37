package com.hoopai.invoices.client.webhooks;

import com.hoopai.invoices.client.oauth.RequiresPostgres;
import com.hoopai.invoices.client.oauth.TestDataSources;
import javax.sql.DataSource;

/** The JDBC replay store on PostgreSQL, named by {@code HOOPAI_TEST_POSTGRES_URL} (required under CI). */
@RequiresPostgres
class JdbcWebhookReplayStorePostgresTest extends JdbcWebhookReplayStoreContract {

  @Override
  DataSource dataSource() {
    return TestDataSources.postgres();
  }
}
