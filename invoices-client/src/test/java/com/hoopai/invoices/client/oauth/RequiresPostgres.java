package com.hoopai.invoices.client.oauth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests on a real PostgreSQL server, named by {@code HOOPAI_TEST_POSTGRES_URL}. The build runs the tag
 * {@code postgres} only when that variable is set or under {@code CI=true} (profiles in invoices-client/pom.xml),
 * so a developer's build without a server neither runs nor "skips" them; under CI they run, and fail without a
 * server. Run on their own (an IDE), they are skipped with the reason below.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

  /** Enables the tests when the server is named, or under CI. */
  final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      String url = System.getenv(TestDataSources.POSTGRES_URL_VARIABLE);
      if (url != null && url.startsWith("jdbc:postgresql:")) {
        return ConditionEvaluationResult.enabled("PostgreSQL at " + TestDataSources.POSTGRES_URL_VARIABLE);
      }
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        return ConditionEvaluationResult.enabled("CI=true: PostgreSQL tests are required and fail without a server");
      }
      return ConditionEvaluationResult.disabled("no PostgreSQL server: set " + TestDataSources.POSTGRES_URL_VARIABLE
          + "=jdbc:postgresql://host:5432/db?user=...&password=... to run these (CI must)");
    }
  }
}
