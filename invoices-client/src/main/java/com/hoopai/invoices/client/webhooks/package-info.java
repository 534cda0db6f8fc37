/**
 * HoopAI webhooks without a framework: {@link com.hoopai.invoices.client.webhooks.WebhookVerifier} checks a
 * request's signature on its raw bytes, its timestamp window and its {@code webhookId} against a
 * {@link com.hoopai.invoices.client.webhooks.WebhookReplayStore}, then reads it into a typed
 * {@link com.hoopai.invoices.client.webhooks.WebhookEvent};
 * {@link com.hoopai.invoices.client.webhooks.WebhookDispatcher} routes events to handlers;
 * {@link com.hoopai.invoices.client.webhooks.AppInstallationHandler} keeps agency tokens in step with
 * installs; {@link com.hoopai.invoices.client.webhooks.WebhookTestSigner} signs bodies in tests.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder().build();
 * WebhookEvent event = verifier.verify(verifier.readBody(request.getInputStream()), request::getHeader);
 * }</pre>
 */
package com.hoopai.invoices.client.webhooks;
