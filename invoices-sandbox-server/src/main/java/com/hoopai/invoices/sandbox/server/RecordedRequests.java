package com.hoopai.invoices.sandbox.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requests a server received, in arrival order: every one for {@link #all()}, and a queue that
 * {@link #take(Duration)} reads one at a time. Thread-safe. A server built with
 * {@code recordRequests(false)} keeps none (a long-running server would hold them all), but still counts them.
 *
 * <pre>{@code
 * client.forLocation(loc).invoices().getInvoice(id);
 * SandboxRequest sent = server.requests().take(Duration.ofSeconds(1));
 * assertThat(sent.operation()).isEqualTo("getInvoice");
 * }</pre>
 */
public final class RecordedRequests {

  private final boolean keep;
  private final List<SandboxRequest> all = new ArrayList<>();
  private final BlockingQueue<SandboxRequest> queue = new LinkedBlockingQueue<>();
  private final AtomicLong count = new AtomicLong();
  private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> maxInFlight = new ConcurrentHashMap<>();

  RecordedRequests(boolean keep) {
    this.keep = keep;
  }

  void started(String operation) {
    int now = inFlight.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
    maxInFlight.computeIfAbsent(operation, k -> new AtomicInteger()).accumulateAndGet(now, Math::max);
  }

  void finished(String operation) {
    inFlight.get(operation).decrementAndGet();
  }

  void record(SandboxRequest request) {
    count.incrementAndGet();
    if (keep) {
      synchronized (all) {
        all.add(request);
      }
      queue.add(request);
    }
  }

  /**
   * The next request not taken yet, waiting for one if need be.
   *
   * @param timeout how long to wait
   * @return the request, or {@code null} if none came in time
   * @throws IllegalStateException if the server keeps no requests
   */
  public SandboxRequest take(Duration timeout) {
    requireKept();
    try {
      return queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * Every request received so far (taken or not), oldest first.
   *
   * @return a snapshot
   * @throws IllegalStateException if the server keeps no requests
   */
  public List<SandboxRequest> all() {
    requireKept();
    synchronized (all) {
      return List.copyOf(all);
    }
  }

  /**
   * The requests for one operation, oldest first.
   *
   * <pre>{@code
   * List<SandboxRequest> refreshes = server.requests().of(SandboxServer.TOKEN_ENDPOINT);
   * }</pre>
   *
   * @param operation an {@code operationId}, {@link SandboxServer#TOKEN_ENDPOINT} or
   *     {@link SandboxServer#LOCATION_TOKEN_ENDPOINT}
   * @return a snapshot
   */
  public List<SandboxRequest> of(String operation) {
    return all().stream().filter(request -> request.operation().equals(operation)).toList();
  }

  /**
   * The API requests (every request but the OAuth endpoints'), oldest first.
   *
   * @return a snapshot
   */
  public List<SandboxRequest> api() {
    return all().stream().filter(request -> !request.isOAuth()).toList();
  }

  /**
   * How many requests the server received since it started or was last {@linkplain #clear() cleared}.
   *
   * @return the count
   */
  public long count() {
    return count.get();
  }

  /**
   * The most calls of one operation the server was serving at the same moment.
   *
   * @param operation the operation
   * @return the highest count seen, 0 if it was never called
   */
  public int maxConcurrent(String operation) {
    AtomicInteger max = maxInFlight.get(operation);
    return max == null ? 0 : max.get();
  }

  /** Forgets every request and count. */
  public void clear() {
    synchronized (all) {
      all.clear();
    }
    queue.clear();
    count.set(0);
    maxInFlight.clear();
  }

  private void requireKept() {
    if (!keep) {
      throw new IllegalStateException("this server keeps no requests (recordRequests(false))");
    }
  }
}
