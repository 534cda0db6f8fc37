/**
 * The client's entry points and options: {@link com.hoopai.invoices.client.InvoicesClient} and its
 * location-bound {@link com.hoopai.invoices.client.LocationClient}, per-call
 * {@link com.hoopai.invoices.client.RequestOptions}, {@link com.hoopai.invoices.client.RetryPolicy}, token
 * providers, call listeners and interceptors.
 *
 * <p>Beside it: {@code .errors} (what a call throws), {@code .oauth} (OAuth tokens and stores),
 * {@code .webhooks} (verifying and reading HoopAI's webhooks), {@code .ratelimit} (the request budget shared
 * by replicas). The generated operations are in {@code com.hoopai.invoices.api}, their models and params in
 * {@code com.hoopai.invoices.model}. Packages named {@code internal} are not API.
 *
 * <pre>{@code
 * try (InvoicesClient client = InvoicesClient.builder().accessToken(token).build()) {
 *   Invoice invoice = client.forLocation(locationId).invoices().getInvoice(invoiceId);
 * }
 * }</pre>
 */
package com.hoopai.invoices.client;
