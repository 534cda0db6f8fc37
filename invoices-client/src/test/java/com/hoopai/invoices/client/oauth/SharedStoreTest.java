package com.hoopai.invoices.client.oauth;

import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** Two client instances sharing one store make one refresh: on H2, PostgreSQL (in CI) and files. */
class SharedStoreTest {

  @Nested
  class OnH2 extends SharedStoreContract {
    private final DataSource h2 = TestDataSources.h2();

    @BeforeEach
    void createTable() {
      new JdbcTokenStore(h2).createTableIfMissing();
    }

    @Override
    TokenStore storeInstance() {
      return new JdbcTokenStore(h2);
    }
  }

  @Nested
  @RequiresPostgres
  class OnPostgres extends SharedStoreContract {
    private DataSource postgres;
    private String table;

    @BeforeEach
    void createTable() {
      postgres = TestDataSources.postgres();
      table = TestDataSources.uniqueTable();
      storeInstance().createTableIfMissing();
    }

    @AfterEach
    void dropTable() throws SQLException {
      TestDataSources.dropTable(postgres, table);
    }

    @Override
    JdbcTokenStore storeInstance() {
      return JdbcTokenStore.builder(postgres).tableName(table).build();
    }
  }

  @Nested
  class OnFiles extends SharedStoreContract {
    @TempDir
    Path directory;

    @Override
    TokenStore storeInstance() {
      return new FileTokenStore(directory);
    }
  }
}
