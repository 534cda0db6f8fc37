package com.hoopai.invoices.client.ratelimit;

/**
 * Where the client's rate-limit governor books each request before sending it. The default,
 * {@link #local()}, keeps the budget in this process; a shared store (PostgreSQL or Redis, in
 * {@code hoopai-invoices-ratelimit}) lets every replica of an app that calls the same location spend one
 * budget, so together they stay within HoopAI's limit instead of meeting 429s.
 *
 * <pre>{@code
 * InvoicesClient client = InvoicesClient.builder()
 *     .accessTokenProvider(tokens)
 *     .rateLimitStore(clientId, PostgresRateLimitStore.builder(dataSource).build())
 *     .build();
 * }</pre>
 *
 * <p>The governor treats a store as advice it cannot do without only while it answers: when
 * {@link #reserve} throws, the call is paced by this process alone (and 429s are retried) until the store
 * answers again, so a store outage never fails a call. An implementation must therefore return or throw
 * promptly (its own timeout, a fraction of a second), never block for long.
 */
public interface RateLimitStore extends AutoCloseable {

  /** {@link #reserve} answers this when the request cannot be booked within {@code maxWaitNanos}. */
  long NOT_WITHIN_MAX_WAIT = -1;

  /**
   * Books one request against the key's budget and says how long to wait before sending it. Booking is
   * first come, first served across every process sharing the store.
   *
   * @param key the app and location
   * @param bands the limits to enforce: the burst window and the daily band
   * @param maxWaitNanos the longest wait the caller accepts
   * @return nanoseconds to wait before sending (0 to send now), or {@link #NOT_WITHIN_MAX_WAIT} when the
   *     budget allows no request within {@code maxWaitNanos} (nothing is booked then)
   * @throws RuntimeException when the store cannot be reached or is too slow: the governor falls back to
   *     pacing in this process
   */
  long reserve(RateLimitKey key, RateLimitBands bands, long maxWaitNanos);

  /**
   * Whether this store shares the budget between processes. The governor paces by itself, with no
   * round trip, for a store that does not.
   *
   * @return true for a shared store
   */
  default boolean shared() {
    return true;
  }

  /** Releases what the store holds (connections, threads); the default holds nothing. */
  @Override
  default void close() {
  }

  /**
   * The default store: the budget of each location is kept in this process, a sliding window of send
   * times per location. Right for one process per app; several replicas each spend the whole budget.
   *
   * @return the in-process store
   */
  static RateLimitStore local() {
    return LocalRateLimitStore.INSTANCE;
  }
}
