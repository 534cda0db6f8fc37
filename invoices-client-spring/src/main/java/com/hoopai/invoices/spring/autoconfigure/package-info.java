/**
 * Spring Boot auto-configuration of the HoopAI Invoices client (Spring Boot 4, and 3.5): add the starter, set
 * {@code hoopai.invoices.access-token} (or the {@code hoopai.invoices.oauth.*} properties) and inject
 * {@code InvoicesApi}, {@code EstimatesApi}... or the {@code InvoicesClient}.
 *
 * <pre>{@code
 * @Service
 * class Billing {
 *   private final InvoicesApi invoices;
 *   Billing(InvoicesApi invoices) { this.invoices = invoices; }
 * }
 * }</pre>
 *
 * <p>{@link com.hoopai.invoices.spring.autoconfigure.HoopAiInvoicesProperties} lists every property;
 * {@link com.hoopai.invoices.spring.autoconfigure.HoopAiInvoicesClientCustomizer} covers what they do not.
 */
package com.hoopai.invoices.spring.autoconfigure;
