package com.hoopai.invoices.spring.autoconfigure;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** The client's health on Spring Boot 4, as {@code hoopAiInvoices} in {@code /actuator/health}. */
final class HoopAiInvoicesHealthIndicator implements HealthIndicator {

  private final HoopAiInvoicesHealth health;

  HoopAiInvoicesHealthIndicator(HoopAiInvoicesHealth health) {
    this.health = health;
  }

  @Override
  public Health health() {
    HoopAiInvoicesHealth.Report report = health.report();
    return Health.status(report.status()).withDetails(report.details()).build();
  }
}
