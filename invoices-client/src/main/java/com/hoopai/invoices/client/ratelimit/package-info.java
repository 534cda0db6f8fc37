/**
 * The rate-limit budget the client's governor books each request against: {@link
 * com.hoopai.invoices.client.ratelimit.RateLimitStore}, in this process by default, shared between replicas
 * with the PostgreSQL and Redis stores of {@code hoopai-invoices-ratelimit}.
 *
 * <pre>{@code
 * InvoicesClient client = InvoicesClient.builder()
 *     .accessToken(token)
 *     .rateLimitStore("my-app", RedisRateLimitStore.builder("redis://127.0.0.1:6379").build())
 *     .build();
 * }</pre>
 */
package com.hoopai.invoices.client.ratelimit;
