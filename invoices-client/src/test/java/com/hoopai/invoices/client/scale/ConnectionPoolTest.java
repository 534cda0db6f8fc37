package com.hoopai.invoices.client.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.RetryPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** 128 threads on one client: its default pool keeps a connection for each, instead of closing and reopening. */
class ConnectionPoolTest {

  private static final int THREADS = 128;
  private static final int ROUNDS = 20;

  @Test
  void threadsOpenNoMoreConnectionsThanThereAreThreads() throws Exception {
    int connections;
    try (ScaleServer server = new ScaleServer(THREADS, 10_000)) {
      try (InvoicesClient client = InvoicesClient.builder().baseUrl(server.baseUrl()).accessToken("t")
          .retryPolicy(RetryPolicy.none()).paceRateLimits(false).build()) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier together = new CyclicBarrier(THREADS);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          running.add(pool.submit(() -> {
            for (int round = 0; round < ROUNDS; round++) {
              together.await();   // every round is a burst of 128 calls at once
              ScaleCalls.call(client, "location");
            }
            return null;
          }));
        }
        for (Future<?> done : running) {
          done.get();
        }
        pool.shutdown();
      }
      connections = server.connections();
    }

    assertThat(connections).as("connections opened for %d bursts of %d calls", ROUNDS, THREADS)
        .isLessThanOrEqualTo(THREADS);
  }
}
