package com.hoopai.invoices.client.ratelimit;

/**
 * The in-process budget: books nothing itself, so the governor paces each location by its own sliding
 * window of send times. Stateless; {@link RateLimitStore#local()} returns the one instance.
 */
final class LocalRateLimitStore implements RateLimitStore {

  static final LocalRateLimitStore INSTANCE = new LocalRateLimitStore();

  private LocalRateLimitStore() {
  }

  @Override
  public long reserve(RateLimitKey key, RateLimitBands bands, long maxWaitNanos) {
    return 0;
  }

  @Override
  public boolean shared() {
    return false;
  }

  @Override
  public String toString() {
    return "RateLimitStore.local()";
  }
}
