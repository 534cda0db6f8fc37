/**
 * The rate-limit budget shared through PostgreSQL: {@link com.hoopai.invoices.ratelimit.jdbc.PostgresRateLimitStore}.
 *
 * <pre>{@code
 * builder.rateLimitStore(clientId, PostgresRateLimitStore.builder(dataSource).build().createTableIfMissing());
 * }</pre>
 */
package com.hoopai.invoices.ratelimit.jdbc;
