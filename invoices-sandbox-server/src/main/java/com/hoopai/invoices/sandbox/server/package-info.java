/**
 * The fake of the HoopAI Invoices API for tests, without the SDK client: {@link
 * com.hoopai.invoices.sandbox.server.SandboxServer} and what stands beside it (records as JSON, the OAuth side,
 * faults, recorded requests, rate limits). {@code hoopai-invoices-sandbox} builds ready clients on it.
 *
 * <pre>{@code
 * try (SandboxServer server = SandboxServer.start()) {
 *   server.faults().failNext(SandboxServer.TOKEN_ENDPOINT, Fault.status(500, "{}").afterTheWork());
 * }
 * }</pre>
 */
package com.hoopai.invoices.sandbox.server;
