package com.hoopai.invoices.spring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@code management.health.hoopai-invoices.enabled}, else {@code management.health.defaults.enabled}, else
 * on: what Boot's {@code @ConditionalOnEnabledHealthIndicator} checks, whose package differs between Boot 3.5
 * and 4.
 */
final class OnHealthIndicatorEnabledCondition extends SpringBootCondition {

  static final String ENABLED = "management.health.hoopai-invoices.enabled";
  private static final String DEFAULTS = "management.health.defaults.enabled";

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    Environment environment = context.getEnvironment();
    Boolean enabled = environment.getProperty(ENABLED, Boolean.class);
    if (enabled != null) {
      return new ConditionOutcome(enabled, ENABLED + " is " + enabled);
    }
    boolean defaults = environment.getProperty(DEFAULTS, Boolean.class, true);
    return new ConditionOutcome(defaults, DEFAULTS + " is " + defaults);
  }
}
