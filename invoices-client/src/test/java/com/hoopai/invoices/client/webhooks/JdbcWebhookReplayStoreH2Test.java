package com.hoopai.invoices.client.webhooks;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The JDBC replay store on H2, always. */
class JdbcWebhookReplayStoreH2Test extends JdbcWebhookReplayStoreContract {

  @Override
  DataSource dataSource() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:webhooks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }
}
