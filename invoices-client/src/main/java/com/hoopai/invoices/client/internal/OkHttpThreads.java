package com.hoopai.invoices.client.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.internal.concurrent.TaskRunner;
import okhttp3.internal.connection.ConnectionListener;

/**
 * The OkHttp client an {@code InvoicesClient} builds for itself, with background threads it can stop.
 *
 * <p>OkHttp runs its connection-pool cleanup and its fast-fallback connects on a task runner; the shared
 * default one keeps its threads for a minute after the last task, so a program that closed every client still
 * has OkHttp threads alive (and {@code exec:java} waits for them). A client of ours gets a task runner of its
 * own, which {@link #shutdown(OkHttpClient)} stops with the pool and the dispatcher. The task runner is
 * OkHttp's internal API: should another OkHttp version lack it, the client falls back to OkHttp's defaults
 * (and {@code close()} then frees the pool and the dispatcher only).
 *
 * <pre>{@code
 * OkHttpClient http = OkHttpThreads.newBuilder(16, 30, TimeUnit.SECONDS).build();
 * ...
 * OkHttpThreads.shutdown(http);
 * }</pre>
 */
public final class OkHttpThreads {

  private static final String THREAD_NAME = "hoopai-invoices OkHttp TaskRunner";

  private OkHttpThreads() {
  }

  /**
   * A builder whose pool and background tasks use threads of their own.
   *
   * @param maxIdleConnections idle connections kept
   * @param keepAlive how long an idle connection is kept
   * @param unit the unit of {@code keepAlive}
   * @return the builder
   */
  public static OkHttpClient.Builder newBuilder(int maxIdleConnections, long keepAlive, TimeUnit unit) {
    try {
      TaskRunner runner = new TaskRunner(new TaskRunner.RealBackend(new DaemonThreads()),
          Logger.getLogger(TaskRunner.class.getName()));
      ConnectionPool pool = new ConnectionPool(maxIdleConnections, keepAlive, unit, runner,
          ConnectionListener.Companion.getNONE());
      return new OkHttpClient.Builder().taskRunner$okhttp(runner).connectionPool(pool);
    } catch (LinkageError otherOkHttp) {
      return new OkHttpClient.Builder().connectionPool(new ConnectionPool(maxIdleConnections, keepAlive, unit));
    }
  }

  /**
   * Stops every thread the client started: the dispatcher's, the pool's connections, and the task runner's
   * threads when it has its own. The client must not be used afterwards.
   *
   * @param client a client made from {@link #newBuilder}
   */
  public static void shutdown(OkHttpClient client) {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
    try {
      TaskRunner runner = client.getTaskRunner$okhttp();
      if (runner != TaskRunner.INSTANCE && runner.getBackend() instanceof TaskRunner.RealBackend backend) {
        // Interrupts the coordinator too: OkHttp's task runner takes that as "cancel everything".
        backend.getExecutor().shutdownNow();
      }
    } catch (LinkageError otherOkHttp) {
      // OkHttp's shared task runner: its idle threads end by themselves within a minute
    }
  }

  /** Daemon threads: a client nobody closed must not keep the JVM alive. */
  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, THREAD_NAME + " " + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
