package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.client.InvoicesClient;

/**
 * Adjusts the auto-configured {@link InvoicesClient} for anything the {@code hoopai.invoices.*} properties do
 * not cover. Every customizer bean is applied, in {@link org.springframework.core.annotation.Order @Order},
 * after the properties and before the client is built.
 *
 * <pre>{@code
 * @Bean
 * HoopAiInvoicesClientCustomizer userAgent() {
 *   return builder -> builder.userAgentSuffix("billing-service/2.3").httpClient(sharedOkHttp);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface HoopAiInvoicesClientCustomizer {

  /**
   * Customizes the builder.
   *
   * @param builder the builder, with the properties applied
   */
  void customize(InvoicesClient.Builder builder);
}
