package com.hoopai.invoices.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * {@code /actuator/env} with {@code show-values: always} never shows a HoopAI credential, whatever the
 * environment calls it; it still shows everything else.
 */
class ActuatorEnvMaskingTests {

  private static final String PIT = "pit-env-5b0c1f8e-SHOULD-NEVER-SHOW";
  private static final String OTHER_PIT = "pit-unused-77e1c0a9-SHOULD-NEVER-SHOW";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(HoopAiInvoicesAutoConfiguration.class,
          EnvironmentEndpointAutoConfiguration.class))
      .withPropertyValues("management.endpoint.env.show-values=always",
          "management.endpoints.web.exposure.include=env")
      .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
          new SystemEnvironmentPropertySource("systemEnvironment", Map.of(
              "HOOPAI_ACCESS_TOKEN", OTHER_PIT,
              "BILLING_PIT", PIT,
              "BILLING_WEBHOOK_URL", "https://example.com/hook?key=" + PIT,
              "HOOPAI_CLIENT_SECRET", "client-secret-in-env",
              "HOOPAI_BASE_URL", "https://services.leadconnectorhq.com"))))
      .withPropertyValues("hoopai.invoices.access-token=${BILLING_PIT}");

  @Test
  void aCredentialIsMaskedByItsNameOrItsValue() {
    runner.run(context -> {
      EnvironmentEndpoint env = context.getBean(EnvironmentEndpoint.class);
      assertThat(value(env, "HOOPAI_ACCESS_TOKEN")).isEqualTo(SanitizableData.SANITIZED_VALUE);
      assertThat(value(env, "HOOPAI_CLIENT_SECRET")).isEqualTo(SanitizableData.SANITIZED_VALUE);
      assertThat(value(env, "BILLING_PIT")).isEqualTo(SanitizableData.SANITIZED_VALUE);
      assertThat(value(env, "BILLING_WEBHOOK_URL")).isEqualTo(SanitizableData.SANITIZED_VALUE);
      assertThat(value(env, "HOOPAI_BASE_URL")).isEqualTo("https://services.leadconnectorhq.com");
    });
  }

  @Test
  void theWholeEnvironmentShowsNoCredential() {
    runner.run(context -> {
      String everything = String.valueOf(context.getBean(EnvironmentEndpoint.class).environment(null)
          .getPropertySources().stream().map(source -> String.valueOf(source.getProperties())).toList());
      assertThat(everything).contains("HOOPAI_BASE_URL").doesNotContain(PIT).doesNotContain(OTHER_PIT)
          .doesNotContain("client-secret-in-env");
    });
  }

  private static Object value(EnvironmentEndpoint env, String name) {
    return env.environmentEntry(name).getProperty().getValue();
  }
}
