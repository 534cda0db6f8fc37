package com.hoopai.invoices.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Missing or contradictory credentials stop the start with a failure analysis that names the property and
 * never shows a secret.
 */
class FailureAnalysisTests {

  private static final String SECRET = ServerFixture.CLIENT_SECRET;
  private static final String TOKEN = ServerFixture.TOKEN;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(HoopAiInvoicesAutoConfiguration.class));

  private void fails(ApplicationContextRunner context, Consumer<FailureAnalysis> check) {
    context.run(started -> {
      assertThat(started).hasFailed();
      FailureAnalysis analysis = new HoopAiInvoicesFailureAnalyzer().analyze(started.getStartupFailure());
      assertThat(analysis).as("analysis of %s", started.getStartupFailure()).isNotNull();
      assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(SECRET).doesNotContain(TOKEN);
      check.accept(analysis);
    });
  }

  @Test
  void noCredentialsNamesBothWaysToAuthenticate() {
    fails(runner, analysis -> {
      assertThat(analysis.getDescription()).contains("no credentials are configured");
      assertThat(analysis.getAction()).contains("hoopai.invoices.access-token")
          .contains("hoopai.invoices.oauth.client-id").contains("hoopai.invoices.oauth.client-secret");
    });
  }

  @Test
  void aBlankAccessTokenCountsAsNone() {
    fails(runner.withPropertyValues("hoopai.invoices.access-token= "),
        analysis -> assertThat(analysis.getDescription()).contains("no credentials"));
  }

  @Test
  void aTokenThatIsStillAnUnresolvedPlaceholderIsRefused() {
    fails(runner.withPropertyValues("hoopai.invoices.access-token=${HOOPAI_TEST_VARIABLE_NEVER_SET}"), analysis -> {
      assertThat(analysis.getDescription()).contains("hoopai.invoices.access-token holds an unresolved placeholder")
          .doesNotContain("HOOPAI_TEST_VARIABLE_NEVER_SET");
      assertThat(analysis.getAction()).contains("${HOOPAI_ACCESS_TOKEN:}");
    });
  }

  @Test
  void aClientSecretThatIsStillAnUnresolvedPlaceholderIsRefused() {
    fails(runner.withPropertyValues("hoopai.invoices.oauth.client-id=id",
        "hoopai.invoices.oauth.client-secret=${HOOPAI_TEST_SECRET_NEVER_SET}"),
        analysis -> assertThat(analysis.getDescription())
            .contains("hoopai.invoices.oauth.client-secret holds an unresolved placeholder"));
  }

  @Test
  void anEmptyDefaultForAnUnsetVariableIsReportedAsMissingCredentials() {
    fails(runner.withPropertyValues("hoopai.invoices.access-token=${HOOPAI_TEST_VARIABLE_NEVER_SET:}"),
        analysis -> assertThat(analysis.getDescription()).contains("no credentials are configured"));
  }

  @Test
  void aStaticTokenAndOAuthTogetherAreRefused() {
    fails(runner.withPropertyValues("hoopai.invoices.access-token=" + TOKEN,
        "hoopai.invoices.oauth.client-id=id", "hoopai.invoices.oauth.client-secret=" + SECRET), analysis -> {
          assertThat(analysis.getDescription()).contains("hoopai.invoices.access-token and OAuth")
              .contains("hoopai.invoices.oauth.client-id");
          assertThat(analysis.getAction()).contains("Remove hoopai.invoices.access-token");
        });
  }

  @Test
  void oauthWithoutTheSecretNamesTheSecretProperty() {
    fails(runner.withPropertyValues("hoopai.invoices.oauth.client-id=id"),
        analysis -> assertThat(analysis.getDescription()).contains("hoopai.invoices.oauth.client-secret is not set"));
  }

  @Test
  void aSecretWithoutAClientIdNamesTheClientId() {
    fails(runner.withPropertyValues("hoopai.invoices.oauth.client-secret=" + SECRET),
        analysis -> assertThat(analysis.getDescription()).contains("hoopai.invoices.oauth.client-id is not set"));
  }

  @Test
  void companyUserTypeWithoutACompanyIdNamesTheCompanyId() {
    fails(runner.withPropertyValues("hoopai.invoices.oauth.client-id=id",
        "hoopai.invoices.oauth.client-secret=" + SECRET, "hoopai.invoices.oauth.user-type=company"),
        analysis -> assertThat(analysis.getAction()).contains("hoopai.invoices.agency.company-id"));
  }

  @Test
  void locationUserTypeWithACompanyIdIsContradictory() {
    fails(runner.withPropertyValues("hoopai.invoices.oauth.client-id=id",
        "hoopai.invoices.oauth.client-secret=" + SECRET, "hoopai.invoices.oauth.user-type=location",
        "hoopai.invoices.agency.company-id=c1"),
        analysis -> assertThat(analysis.getDescription()).contains("hoopai.invoices.oauth.user-type is location"));
  }

  @Test
  void theJdbcStoreWithoutADataSourceNamesTheStoreType() {
    fails(oauth().withPropertyValues("hoopai.invoices.token-store.type=jdbc"), analysis -> {
      assertThat(analysis.getDescription()).contains("hoopai.invoices.token-store.type is jdbc")
          .contains("no single DataSource bean");
      assertThat(analysis.getAction()).contains("spring.datasource.url");
    });
  }

  @Test
  void theJdbcStoreWithoutJdbcOnTheClasspathNamesTheStoreType() {
    fails(oauth().withPropertyValues("hoopai.invoices.token-store.type=jdbc")
        .withClassLoader(new FilteredClassLoader(javax.sql.DataSource.class)),
        analysis -> assertThat(analysis.getDescription()).contains("hoopai.invoices.token-store.type is jdbc"));
  }

  @Test
  void theFileStoreWithoutAPathNamesThePath() {
    fails(oauth().withPropertyValues("hoopai.invoices.token-store.type=file"),
        analysis -> assertThat(analysis.getDescription()).contains("hoopai.invoices.token-store.path is not set"));
  }

  @Test
  void anInvalidValueNamesItsProperty() {
    fails(runner.withPropertyValues("hoopai.invoices.access-token=" + TOKEN, "hoopai.invoices.retry.max-attempts=0"),
        analysis -> {
          assertThat(analysis.getDescription()).contains("hoopai.invoices.retry.max-attempts is invalid")
              .contains("maxAttempts must be 1 or more");
          assertThat(analysis.getAction()).isEqualTo("Correct hoopai.invoices.retry.max-attempts.");
        });
  }

  @Test
  void plainHttpToAnotherHostIsRefusedWithoutEchoingTheUrlsCredentials() {
    fails(runner.withPropertyValues("hoopai.invoices.access-token=" + TOKEN,
        "hoopai.invoices.base-url=https://user:" + SECRET + "@api.example.com"),
        analysis -> assertThat(analysis.getDescription()).contains("hoopai.invoices.base-url is invalid"));
  }

  private ApplicationContextRunner oauth() {
    return runner.withPropertyValues("hoopai.invoices.oauth.client-id=id",
        "hoopai.invoices.oauth.client-secret=" + SECRET);
  }

  @Test
  void aBadWebhookKeyIsReportedByProperty() {
    new org.springframework.boot.test.context.runner.WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(com.hoopai.invoices.spring.webhooks.HoopAiWebhooksAutoConfiguration.class))
        .withPropertyValues("hoopai.invoices.webhooks.enabled=true", "hoopai.invoices.webhooks.ed25519-keys[0]=bm9wZQ==")
        .run(started -> {
          FailureAnalysis analysis = new HoopAiInvoicesFailureAnalyzer().analyze(started.getStartupFailure());
          assertThat(analysis.getDescription())
              .contains("hoopai.invoices.webhooks.ed25519-keys[0] is not an X.509 Ed25519 public key")
              .doesNotContain("bm9wZQ");
          assertThat(analysis.getAction()).contains("hoopai.invoices.webhooks.ed25519-keys");
        });
  }
}
