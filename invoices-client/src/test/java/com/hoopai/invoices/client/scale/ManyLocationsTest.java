package com.hoopai.invoices.client.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.RetryPolicy;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An agency's client calls 100,000 distinct locations, then sits idle past their window: what it still holds
 * per location, measured as the heap in use after full collections, before and after. The server reports a
 * 100 ms window so idling past it takes seconds, not minutes.
 */
class ManyLocationsTest {

  private static final int LOCATIONS = 100_000;
  private static final long MAX_BYTES_PER_LOCATION = 200;

  @Test
  void aClientHoldsAtMost200BytesPerLocationOnceTheyAreIdle() throws Exception {
    ScaleServer server = new ScaleServer(8, 100);
    try (InvoicesClient client = InvoicesClient.builder().baseUrl(server.baseUrl()).accessToken("t")
        .retryPolicy(RetryPolicy.none()).build()) {
      for (int i = 0; i < 1000; i++) {
        ScaleCalls.call(client, "warm-up");
      }
      TimeUnit.MILLISECONDS.sleep(RateLimitSweep.WAIT_MILLIS);
      ScaleCalls.call(client, "warm-up-2");   // sweeps the warm-up location
      long before = usedHeapAfterGc();

      AtomicInteger next = new AtomicInteger();
      ExecutorService threads = Executors.newFixedThreadPool(8);
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        running.add(threads.submit(() -> {
          for (int i = next.getAndIncrement(); i < LOCATIONS; i = next.getAndIncrement()) {
            ScaleCalls.call(client, "location" + i);
          }
        }));
      }
      for (Future<?> done : running) {
        done.get();
      }
      threads.shutdown();
      // Locations idle past the 100 ms window are already being dropped while the loop runs (the sweep runs
      // every 5 s), so how many are still tracked here depends on the machine's speed: only the end is checked.
      server.close();
      server = null;

      TimeUnit.MILLISECONDS.sleep(RateLimitSweep.WAIT_MILLIS);   // every location idle past its window
      try {
        ScaleCalls.call(client, "after");   // the next call sweeps (the server is gone: it fails, as it may)
      } catch (RuntimeException expected) {
        // Nothing listens any more.
      }
      long after = usedHeapAfterGc();

      long perLocation = Math.max(0, after - before) / LOCATIONS;
      assertThat(perLocation).as("bytes held per location (%d before, %d after)", before, after)
          .isLessThanOrEqualTo(MAX_BYTES_PER_LOCATION);
      assertThat(client.rateLimitSummary().trackedLocations()).isLessThanOrEqualTo(1);
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      TimeUnit.MILLISECONDS.sleep(100);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** How long to wait for the governor's sweep of idle locations (every 5 s) after their window. */
  static final class RateLimitSweep {
    static final long WAIT_MILLIS = 5_500;

    private RateLimitSweep() {
    }
  }
}
