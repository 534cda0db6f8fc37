/**
 * How the fake API works: routing from the spec, validation, tokens, rate limits, state and the 42
 * operations. No compatibility promise: use {@link com.hoopai.invoices.sandbox.server.SandboxServer}.
 */
package com.hoopai.invoices.sandbox.server.internal;
