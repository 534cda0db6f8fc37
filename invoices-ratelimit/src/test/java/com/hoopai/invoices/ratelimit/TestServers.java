package com.hoopai.invoices.ratelimit;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real servers the stores are tested on: PostgreSQL from {@code HOOPAI_TEST_POSTGRES_URL} and Redis from
 * {@code HOOPAI_TEST_REDIS_URL} ({@code .ci/run} sets both). Without one, its tests are skipped on a
 * developer's machine, and fail under {@code CI=true}: CI must never pass by skipping them.
 */
public final class TestServers {

  /** A JDBC URL with user and password. */
  public static final String POSTGRES_URL_VARIABLE = "HOOPAI_TEST_POSTGRES_URL";
  /** A {@code redis://} URL. */
  public static final String REDIS_URL_VARIABLE = "HOOPAI_TEST_REDIS_URL";

  private TestServers() {
  }

  /**
   * The PostgreSQL URL, or the test is skipped (failed on CI).
   *
   * @return the JDBC URL
   */
  public static String postgresUrl() {
    return required(POSTGRES_URL_VARIABLE, "jdbc:postgresql:");
  }

  /**
   * The Redis URL, or the test is skipped (failed on CI).
   *
   * @return the URL
   */
  public static String redisUrl() {
    return required(REDIS_URL_VARIABLE, "redis://");
  }

  /**
   * A DataSource on the PostgreSQL server (a connection per call: enough for tests).
   *
   * @return the DataSource
   */
  public static DataSource postgres() {
    return postgresAt(postgresUrl());
  }

  /**
   * A DataSource on a port where nothing listens: a database that is down.
   *
   * @return the DataSource
   */
  public static DataSource unreachablePostgres() {
    return postgresAt("jdbc:postgresql://127.0.0.1:9/none?connectTimeout=1");
  }

  /**
   * A table name of its own per test, so runs against a shared server never meet.
   *
   * @return the name
   */
  public static String uniqueTable() {
    return "hoopai_rl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /**
   * An app id of its own per test, so Redis keys of different runs never meet.
   *
   * @return the id
   */
  public static String uniqueApp() {
    return "app-" + UUID.randomUUID();
  }

  private static String required(String variable, String prefix) {
    String value = System.getenv(variable);
    if (value == null || !value.startsWith(prefix)) {
      if ("true".equals(System.getenv("CI"))) {
        fail(variable + " is not set: CI must run the store tests against a real server (see .ci/run)");
      }
      Assumptions.abort(variable + " is not set: start the server and export it to run this test");
    }
    return value;
  }

  /** The driver's own DataSource: a connection per call, user and password from the URL's parameters. */
  private static DataSource postgresAt(String url) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    return dataSource;
  }
}
