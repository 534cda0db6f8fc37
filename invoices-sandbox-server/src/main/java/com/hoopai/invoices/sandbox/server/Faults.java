package com.hoopai.invoices.sandbox.server;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fault-injecting layer: "the next call to operation X answers ...", and "every call to X takes this
 * long". An operation is the spec's {@code operationId} (such as {@code getInvoice}),
 * {@link SandboxServer#TOKEN_ENDPOINT} or {@link SandboxServer#LOCATION_TOKEN_ENDPOINT}. Faults queued for
 * one operation are used one per call, in order; other operations are unaffected. Thread-safe.
 *
 * <pre>{@code
 * server.faults().failNext("createInvoice", Fault.disconnect().afterTheWork());   // created, answer lost
 * server.faults().failNext(SandboxServer.TOKEN_ENDPOINT, Fault.html(502));        // a proxy's page
 * server.faults().delay(SandboxServer.TOKEN_ENDPOINT, Duration.ofMillis(300));    // slow refreshes
 * }</pre>
 */
public final class Faults {

  private final Map<String, Deque<Fault>> next = new HashMap<>();
  private final Map<String, Duration> delays = new ConcurrentHashMap<>();
  private final Set<String> operations;

  Faults(Set<String> operations) {
    this.operations = Set.copyOf(operations);
  }

  /**
   * Makes the next call to an operation answer with a fault; called again, queues another for the call after.
   *
   * @param operation the operation
   * @param fault what it answers
   * @return these faults
   * @throws IllegalArgumentException if the server has no such operation
   */
  public Faults failNext(String operation, Fault fault) {
    Objects.requireNonNull(fault, "fault");
    synchronized (next) {
      next.computeIfAbsent(requireOperation(operation), k -> new ArrayDeque<>()).add(fault);
    }
    return this;
  }

  /**
   * Makes the next calls to an operation answer with the same fault.
   *
   * @param operation the operation
   * @param times how many calls, 1 or more
   * @param fault what they answer
   * @return these faults
   */
  public Faults failNext(String operation, int times, Fault fault) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be 1 or more, was " + times);
    }
    for (int i = 0; i < times; i++) {
      failNext(operation, fault);
    }
    return this;
  }

  /**
   * Makes every call to an operation wait before it is served, to see what runs at once.
   *
   * @param operation the operation
   * @param delay how long, {@link Duration#ZERO} to stop waiting
   * @return these faults
   */
  public Faults delay(String operation, Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be zero or positive");
    }
    delays.put(requireOperation(operation), delay);
    return this;
  }

  /**
   * How many faults wait for an operation.
   *
   * @param operation the operation
   * @return the count
   */
  public int pending(String operation) {
    synchronized (next) {
      Deque<Fault> queued = next.get(operation);
      return queued == null ? 0 : queued.size();
    }
  }

  /** Forgets every queued fault and delay. */
  public void clear() {
    synchronized (next) {
      next.clear();
    }
    delays.clear();
  }

  Fault poll(String operation) {
    synchronized (next) {
      Deque<Fault> queued = next.get(operation);
      return queued == null ? null : queued.poll();
    }
  }

  Duration delayOf(String operation) {
    return delays.getOrDefault(operation, Duration.ZERO);
  }

  private String requireOperation(String operation) {
    if (operation == null || operation.isBlank()) {
      throw new IllegalArgumentException("operation must not be blank");
    }
    if (!operations.contains(operation.strip())) {
      // A misspelt name would never fire, and the test would pass for the wrong reason.
      throw new IllegalArgumentException("no operation " + operation.strip() + "; one of " + operations);
    }
    return operation.strip();
  }
}
