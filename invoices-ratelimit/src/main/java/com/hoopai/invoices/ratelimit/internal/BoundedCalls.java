package com.hoopai.invoices.ratelimit.internal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Runs a blocking store call on a few threads of its own and waits for it no longer than the timeout, so a
 * database that hangs (a lock, an exhausted pool, a dead connection) costs a caller the timeout, not its
 * thread. The queue is bounded: when it is full the call fails at once, and the governor paces locally.
 */
public final class BoundedCalls implements AutoCloseable {

  private final ThreadPoolExecutor executor;
  private final long timeoutNanos;

  /**
   * Creates the threads (daemons, started on demand).
   *
   * @param name the threads' name prefix
   * @param threads how many calls may run at once
   * @param timeout the longest wait for a call
   */
  public BoundedCalls(String name, int threads, Duration timeout) {
    AtomicInteger count = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(threads * 64), runnable -> {
          Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    this.executor.allowCoreThreadTimeOut(true);
    this.timeoutNanos = timeout.toNanos();
  }

  /**
   * Runs the call and waits for its result.
   *
   * @param call the call
   * @return its result
   * @throws StoreUnavailableException when it failed, timed out or could not be queued
   */
  public long call(LongSupplier call) {
    Future<Long> future;
    try {
      future = executor.submit(call::getAsLong);
    } catch (RejectedExecutionException e) {
      throw new StoreUnavailableException("too many store calls waiting", e);
    }
    try {
      return future.get(timeoutNanos, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new StoreUnavailableException("no answer within " + Duration.ofNanos(timeoutNanos).toMillis() + " ms", e);
    } catch (ExecutionException e) {
      throw new StoreUnavailableException("the store call failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw new StoreUnavailableException("interrupted while waiting for the store", e);
    }
  }

  /**
   * Runs a task on the store's threads without waiting for it; dropped when the queue is full.
   *
   * @param task the task
   */
  public void submit(Runnable task) {
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      // Housekeeping only: the next round does it.
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
