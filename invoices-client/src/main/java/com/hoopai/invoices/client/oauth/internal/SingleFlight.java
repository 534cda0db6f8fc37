package com.hoopai.invoices.client.oauth.internal;

import com.hoopai.invoices.client.oauth.OAuthException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * At most one piece of work per key at a time: the first caller runs it on its own thread, every caller that
 * arrives meanwhile waits for that result (or failure) instead of starting its own. Nothing is cached: the
 * next caller after the work ended starts a new one.
 *
 * @param <V> the result
 */
public final class SingleFlight<V> {

  private final ConcurrentMap<String, CompletableFuture<V>> flights = new ConcurrentHashMap<>();

  /**
   * Runs the work for the key, or waits for the run already going on.
   *
   * @param key the key
   * @param work the work; it runs on the calling thread
   * @param maxWait how long a waiting caller waits
   * @return the result
   * @throws RuntimeException what the work threw (the same instance for every waiter)
   * @throws OAuthException if waiting timed out or was interrupted
   */
  public V run(String key, Supplier<V> work, Duration maxWait) {
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> running = flights.putIfAbsent(key, mine);
    if (running == null) {
      try {
        V result = work.get();
        mine.complete(result);
        return result;
      } catch (RuntimeException | Error e) {
        mine.completeExceptionally(e);
        throw e;
      } finally {
        flights.remove(key, mine);
      }
    }
    try {
      return running.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    } catch (TimeoutException | CancellationException e) {
      throw new OAuthException("gave up waiting " + maxWait.toSeconds() + " s for the token of " + key
          + " another thread is getting", key, null, 0, null, false, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OAuthException("interrupted while waiting for the token of " + key, key, null, 0, null, false, e);
    }
  }

  /**
   * Whether work for the key is going on now.
   *
   * @param key the key
   * @return true while a run is in progress
   */
  public boolean running(String key) {
    return flights.containsKey(key);
  }
}
