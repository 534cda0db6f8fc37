/**
 * The sandbox's webhook sender, which signs with the client's test signer (and so stays out of the client-free
 * server module). No compatibility promise: use {@link com.hoopai.invoices.sandbox.SandboxWebhooks}.
 */
package com.hoopai.invoices.sandbox.internal;
