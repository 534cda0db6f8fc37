package com.hoopai.invoices.benchmarks;

import com.hoopai.invoices.client.ratelimit.RateLimitBands;
import com.hoopai.invoices.client.ratelimit.RateLimitKey;
import com.hoopai.invoices.client.ratelimit.RateLimitStore;
import com.hoopai.invoices.ratelimit.internal.Bookings;
import com.hoopai.invoices.ratelimit.internal.BucketPlan;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shared stores' booking without the round trip: the same Bucket4j bucket plan and one-call booking as
 * {@code PostgresRateLimitStore} and {@code RedisRateLimitStore}, on buckets in this JVM. It claims to be
 * shared, so the governor takes the same path as with a real shared store; what the real stores measure
 * above it is their round trip. Not a store for users: it shares nothing between processes.
 */
final class InMemoryBucketStore implements RateLimitStore {

  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  @Override
  public long reserve(RateLimitKey key, RateLimitBands bands, long maxWaitNanos) {
    // One bucket per key and limits: the real stores replace a bucket's configuration when the limits change.
    String id = BucketPlan.key(key) + "#" + BucketPlan.version(bands);
    Bucket bucket = buckets.get(id);
    if (bucket == null) {
      bucket = buckets.computeIfAbsent(id, unused -> newBucket(bands));
    }
    return Bookings.book(bucket, maxWaitNanos);
  }

  @Override
  public String toString() {
    return "InMemoryBucketStore";
  }

  private static Bucket newBucket(RateLimitBands bands) {
    BucketConfiguration configuration = BucketPlan.configuration(bands, Instant.now());
    var builder = Bucket.builder().withMillisecondPrecision();
    for (var bandwidth : configuration.getBandwidths()) {
      builder.addLimit(bandwidth);
    }
    return builder.build();
  }
}
