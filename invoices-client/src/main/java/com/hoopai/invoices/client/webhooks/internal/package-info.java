/**
 * The webhook verifier's parts: signature schemes, key parsing and the payload reader.
 *
 * <p>Not API: applications use the types of {@code com.hoopai.invoices.client.webhooks}; anything here may
 * change in any release (see {@code com.hoopai.invoices.client.internal} for why no {@code module-info}
 * hides it).
 */
package com.hoopai.invoices.client.webhooks.internal;
