package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.client.oauth.JdbcTokenStore;
import java.nio.file.Path;

/**
 * Where OAuth tokens are kept: shared by every process that serves the same installations.
 *
 * <pre>{@code
 * hoopai.invoices.token-store.type=jdbc
 * hoopai.invoices.token-store.create-table=true
 * }</pre>
 */
public class TokenStoreProperties {

  /** The kind of store: memory (lost on restart), file (one server) or jdbc (several servers; needs a DataSource). */
  private Type type = Type.MEMORY;

  /** The directory of the file store. */
  private Path path;

  /** The table of the JDBC store, optionally schema-qualified. */
  private String tableName = JdbcTokenStore.DEFAULT_TABLE;

  /** Whether the JDBC store creates its table at startup when it is missing. */
  private boolean createTable = false;

  /**
   * The value of {@code hoopai.invoices.token-store.type}.
   *
   * @return the value
   */
  public Type getType() {
    return type;
  }

  /**
   * Sets {@code hoopai.invoices.token-store.type}.
   *
   * @param type the value
   */
  public void setType(Type type) {
    this.type = type;
  }

  /**
   * The value of {@code hoopai.invoices.token-store.path}.
   *
   * @return the value
   */
  public Path getPath() {
    return path;
  }

  /**
   * Sets {@code hoopai.invoices.token-store.path}.
   *
   * @param path the value
   */
  public void setPath(Path path) {
    this.path = path;
  }

  /**
   * The value of {@code hoopai.invoices.token-store.table-name}.
   *
   * @return the value
   */
  public String getTableName() {
    return tableName;
  }

  /**
   * Sets {@code hoopai.invoices.token-store.table-name}.
   *
   * @param tableName the value
   */
  public void setTableName(String tableName) {
    this.tableName = tableName;
  }

  /**
   * The value of {@code hoopai.invoices.token-store.create-table}.
   *
   * @return the value
   */
  public boolean isCreateTable() {
    return createTable;
  }

  /**
   * Sets {@code hoopai.invoices.token-store.create-table}.
   *
   * @param createTable the value
   */
  public void setCreateTable(boolean createTable) {
    this.createTable = createTable;
  }

  /** The kinds of token store. */
  public enum Type {
    /** In memory: tests, or one process that can re-install. */
    MEMORY,
    /** One JSON file per key in a directory. */
    FILE,
    /** A table in the application's DataSource. */
    JDBC
  }
}
