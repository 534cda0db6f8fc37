package com.hoopai.invoices.spring.webhooks;

import com.hoopai.invoices.client.webhooks.WebhookVerifier;
import com.hoopai.invoices.spring.autoconfigure.HoopAiInvoicesConfigurationException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

/**
 * Stops the start of a servlet application that enables the webhook endpoint
 * ({@code hoopai.invoices.webhooks.enabled=true}) without Jackson 2's databind on its class path: the events
 * carry Jackson 2 trees, so {@link HoopAiWebhooksAutoConfiguration} cannot serve it, and an application that
 * asked for an endpoint must not start without one (HoopAI's deliveries would get 404s nobody sees). The
 * report names the property and the dependency to add.
 */
@AutoConfiguration
@ConditionalOnClass(WebhookVerifier.class)
@ConditionalOnMissingClass("com.fasterxml.jackson.databind.node.ObjectNode")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(prefix = "hoopai.invoices.webhooks", name = "enabled")
public final class HoopAiWebhooksJacksonCheck {

  /**
   * Refuses the start.
   *
   * @throws HoopAiInvoicesConfigurationException always: the condition above is the problem it reports
   */
  public HoopAiWebhooksJacksonCheck() {
    throw new HoopAiInvoicesConfigurationException("hoopai.invoices.webhooks.enabled",
        "the webhook endpoint needs Jackson 2's databind (com.fasterxml.jackson.core:jackson-databind), which is"
            + " not on the class path (the starter's API calls run on Jackson 3 and do not bring it)",
        "add com.fasterxml.jackson.core:jackson-databind to the application's dependencies, or set"
            + " hoopai.invoices.webhooks.enabled=false");
  }
}
