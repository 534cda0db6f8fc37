package com.hoopai.invoices.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the JDBC stores (tokens, webhook ids) share about their tables: the schema script shipped beside the
 * store, split into statements for a table name of the user's, and the rule a table name must follow (it is
 * written into SQL, so it can only be an identifier).
 */
public final class SqlSchema {

  private static final Pattern TABLE_NAME =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

  private SqlSchema() {
  }

  /**
   * Whether a name is a plain or schema-qualified SQL identifier.
   *
   * @param tableName the name, or {@code null}
   * @return true if it can be written into SQL as it is
   */
  public static boolean isTableName(String tableName) {
    return tableName != null && TABLE_NAME.matcher(tableName).matches();
  }

  /**
   * The statements of a schema script on the class path, with its default table name replaced.
   * Lines that are blank or start with {@code --} are left out; a statement ends with {@code ;}.
   *
   * @param owner the class the resource is found beside
   * @param resource the script's resource name, such as {@code /com/.../schema.sql}
   * @param defaultTable the table name the script uses
   * @param tableName the table name to use instead
   * @return the statements, without their {@code ;}
   */
  public static List<String> statements(Class<?> owner, String resource, String defaultTable, String tableName) {
    String script;
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        statements.add(sql.substring(0, sql.length() - 1).replace(defaultTable, tableName));
        current.setLength(0);
      }
    }
    return statements;
  }
}
