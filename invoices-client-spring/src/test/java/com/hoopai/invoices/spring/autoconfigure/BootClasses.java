package com.hoopai.invoices.spring.autoconfigure;

import java.util.Arrays;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.util.ClassUtils;

/**
 * Classes whose package differs between Spring Boot 4 and 3.5, found by name, so one test source runs on
 * both: give the Boot 4 name, then the Boot 3.5 name.
 */
final class BootClasses {

  private BootClasses() {
  }

  static Class<?> either(String... names) {
    return Arrays.stream(names).filter(name -> ClassUtils.isPresent(name, BootClasses.class.getClassLoader()))
        .findFirst().map(name -> ClassUtils.resolveClassName(name, BootClasses.class.getClassLoader()))
        .orElseThrow(() -> new IllegalStateException("none of " + Arrays.toString(names)));
  }

  static AutoConfigurations dataSource() {
    return AutoConfigurations.of(either("org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"));
  }

  static AutoConfigurations metrics() {
    return AutoConfigurations.of(
        either("org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration"),
        either("org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"),
        either("org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"));
  }

  static AutoConfigurations observation() {
    return AutoConfigurations.of(
        either("org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration"));
  }

  /** The health API's HealthIndicator type of the running Boot. */
  static String healthIndicator() {
    return either("org.springframework.boot.health.contributor.HealthIndicator",
        "org.springframework.boot.actuate.health.HealthIndicator").getName();
  }
}
