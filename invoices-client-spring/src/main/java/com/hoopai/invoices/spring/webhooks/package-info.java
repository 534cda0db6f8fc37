/**
 * The HoopAI webhook endpoint for Spring Boot servlet applications: switch it on with
 * {@code hoopai.invoices.webhooks.enabled=true} and listen for the verified events as application events.
 *
 * <pre>{@code
 * @EventListener
 * void paid(InvoiceWebhookEvent event) {
 *   ledger.settle(event.invoice().getId());
 * }
 * }</pre>
 */
package com.hoopai.invoices.spring.webhooks;
