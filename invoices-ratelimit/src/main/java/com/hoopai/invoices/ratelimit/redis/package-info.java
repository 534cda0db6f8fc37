/**
 * The rate-limit budget shared through Redis: {@link com.hoopai.invoices.ratelimit.redis.RedisRateLimitStore}.
 *
 * <pre>{@code
 * builder.rateLimitStore(clientId, RedisRateLimitStore.builder("redis://127.0.0.1:6379").build());
 * }</pre>
 */
package com.hoopai.invoices.ratelimit.redis;
