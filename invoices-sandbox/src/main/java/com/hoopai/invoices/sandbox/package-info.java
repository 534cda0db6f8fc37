/**
 * An in-process HoopAI Invoices API for tests and demos: {@link com.hoopai.invoices.sandbox.HoopAiSandbox}
 * (the server, its state and its knobs), {@link com.hoopai.invoices.sandbox.HoopAiSandboxExtension} and
 * {@link com.hoopai.invoices.sandbox.HoopAiSandboxTest} (JUnit 5), and
 * {@link com.hoopai.invoices.sandbox.HoopAiSandboxServer} (a standalone server for other tools).
 *
 * <pre>{@code
 * @HoopAiSandboxTest
 * class MyBillingTest {
 *   @Test
 *   void sendsTheInvoice(LocationClient hoopai, HoopAiSandbox sandbox) { ... }
 * }
 * }</pre>
 */
package com.hoopai.invoices.sandbox;
