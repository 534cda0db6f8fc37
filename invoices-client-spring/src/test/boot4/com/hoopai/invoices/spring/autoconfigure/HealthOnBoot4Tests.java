package com.hoopai.invoices.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The health indicator on Spring Boot 4's health API, as the health endpoint shows it. */
class HealthOnBoot4Tests {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(HoopAiInvoicesAutoConfiguration.class,
          HealthContributorRegistryAutoConfiguration.class, HealthEndpointAutoConfiguration.class))
      .withPropertyValues("hoopai.invoices.access-token=t", "management.endpoint.health.show-details=always",
          "management.endpoints.web.exposure.include=health");

  @Test
  void theHealthEndpointShowsTheClientAsHoopAiInvoices() {
    runner.run(context -> {
      assertThat(context.getBean(HoopAiInvoicesHealth.BEAN_NAME)).isInstanceOf(HealthIndicator.class);
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
      assertThat(indicator.health(false).getDetails()).isEmpty();
      assertThat(context.getBean(HealthEndpoint.class).healthForPath("hoopAiInvoices").getStatus())
          .isEqualTo(Status.DOWN);
    });
  }
}
