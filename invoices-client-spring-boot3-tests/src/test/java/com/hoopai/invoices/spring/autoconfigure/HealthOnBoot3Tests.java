package com.hoopai.invoices.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The health indicator on Spring Boot 3.5's health API, as the health endpoint shows it. */
class HealthOnBoot3Tests {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(HoopAiInvoicesAutoConfiguration.class,
          HealthContributorAutoConfiguration.class, HealthEndpointAutoConfiguration.class))
      .withPropertyValues("hoopai.invoices.access-token=t", "management.endpoint.health.show-details=always",
          "management.endpoints.web.exposure.include=health");

  @Test
  void theHealthEndpointShowsTheClientAsHoopAiInvoices() {
    runner.run(context -> {
      assertThat(context.getBean(HoopAiInvoicesHealth.BEAN_NAME)).isInstanceOf(HealthIndicator.class);
      assertThat(context.getBeanNamesForType(HealthIndicator.class)).contains(HoopAiInvoicesHealth.BEAN_NAME);
      var health = context.getBean(HealthEndpoint.class).healthForPath("hoopAiInvoices");
      assertThat(health.getStatus()).isEqualTo(Status.UP);
    });
  }

  @Test
  void anOpenBreakerIsDownWithItsDetails() {
    runner.withPropertyValues("hoopai.invoices.circuit-breaker.enabled=true").run(context -> {
      context.getBean(com.hoopai.invoices.client.InvoicesClient.class).circuitBreaker().orElseThrow()
          .transitionToForcedOpenState();
      HealthIndicator indicator = context.getBean(HoopAiInvoicesHealth.BEAN_NAME, HealthIndicator.class);
      assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
      assertThat(indicator.health().getDetails()).containsKey("circuitBreaker");
      assertThat(indicator.getHealth(false).getDetails()).isEmpty();
      assertThat(context.getBean(HealthEndpoint.class).healthForPath("hoopAiInvoices").getStatus())
          .isEqualTo(Status.DOWN);
    });
  }
}
