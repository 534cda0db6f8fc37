/**
 * How the sandbox works: routing from the spec, validation, tokens, rate limits, state and the 42
 * operations. No compatibility promise: use {@link com.hoopai.invoices.sandbox.HoopAiSandbox}.
 */
package com.hoopai.invoices.sandbox.internal;
