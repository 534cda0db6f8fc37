package com.hoopai.invoices.client.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.RetryPolicy;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** 128 threads on one client: its default pool keeps a connection for each, instead of closing and reopening. */
class ConnectionPoolTest {

  private static final int THREADS = 128;
  private static final int ROUNDS = 20;

  @Test
  void threadsOpenNoMoreConnectionsThanThereAreThreads() throws Exception {
    Set<Integer> connections = ConcurrentHashMap.newKeySet();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          connections.add(request.getConnectionIndex());
          return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
              .body("{\"_id\":\"" + ScaleCalls.INVOICE_ID + "\"}").build();
        }
      });
      server.start(InetAddress.getLoopbackAddress(), 0);
      try (InvoicesClient client = InvoicesClient.builder().baseUrl(server.url("/").toString()).accessToken("t")
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
    }

    assertThat(connections.size()).as("connections opened for %d bursts of %d calls", ROUNDS, THREADS)
        .isLessThanOrEqualTo(THREADS);
  }
}
