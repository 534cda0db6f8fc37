package com.hoopai.invoices.client.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.RateLimitInfo;
import com.hoopai.invoices.client.RetryPolicy;
import com.hoopai.invoices.client.support.HoopAiMock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The per-location governor paces a burst to the limit the server reports, so no 429 happens, and never
 * slows other locations. The server enforces 100 requests per 500 ms (HoopAI: 100 per 10 s) in the burst
 * test, and 10 per 500 ms in the others.
 */
class RateLimitGovernorTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static final int MAX = 10;
  private static final long WINDOW_MILLIS = 500;

  private RateLimitedServer api;
  private InvoicesClient governed;
  private ExecutorService threads;

  @BeforeEach
  void rateLimitedApi() {
    api = new RateLimitedServer(MAX, WINDOW_MILLIS);
    hoopAi.server().setDispatcher(api);
    // Retries off: a 429 would reach the caller, so none reaching it proves the pacing.
    governed = hoopAi.clientBuilder().paceRateLimits(true).retryPolicy(RetryPolicy.none()).build();
    threads = Executors.newFixedThreadPool(8);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private CompletableFuture<Void> burst(String location, int calls) {
    List<CompletableFuture<?>> all = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      all.add(CompletableFuture.runAsync(
          () -> governed.forLocation(location).invoices().getInvoice("inv" + location), threads));
    }
    return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
  }

  @Test
  void aBurstOf500ForOneLocationCompletesWithoutA429() throws Exception {
    api = new RateLimitedServer(100, WINDOW_MILLIS);
    hoopAi.server().setDispatcher(api);

    burst("locA", 500).get(60, TimeUnit.SECONDS);

    assertThat(api.tooManyRequests()).isZero();
    assertThat(api.served()).isEqualTo(500);
  }

  @Test
  void otherLocationsAreNotSlowedByABusyOne() throws Exception {
    CompletableFuture<Void> busy = burst("locBusy", 60);
    Thread.sleep(100); // let locBusy exhaust its budget

    long start = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      governed.forLocation("locQuiet").invoices().getInvoice("inv1");
    }
    long quietMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(busy).as("the busy location is still being paced").isNotDone();
    assertThat(quietMillis).isLessThan(WINDOW_MILLIS);
    busy.get(30, TimeUnit.SECONDS);
    assertThat(api.tooManyRequests()).isZero();
  }

  @Test
  void theLastSeenLimitsOfEachLocationAreReadable() {
    governed.forLocation("locA").invoices().getInvoice("inv1");
    governed.forLocation("locB").invoices().getInvoice("inv1");
    governed.forLocation("locB").invoices().getInvoice("inv1");

    RateLimitInfo a = governed.rateLimit("locA").orElseThrow();
    assertThat(a.max()).hasValue(MAX);
    assertThat(a.remaining()).hasValue(MAX - 1);
    assertThat(a.intervalMillis()).hasValue(WINDOW_MILLIS);
    assertThat(a.dailyRemaining()).hasValue(199_000);
    assertThat(governed.rateLimit("locB").orElseThrow().remaining()).hasValue(MAX - 2);
    assertThat(governed.rateLimits()).containsOnlyKeys("locA", "locB");
    assertThat(governed.rateLimit("never-called")).isEmpty();
  }

  @Test
  void withoutPacingTheSameBurstMeets429s() throws Exception {
    InvoicesClient unpaced = hoopAi.clientBuilder().paceRateLimits(false).retryPolicy(RetryPolicy.none()).build();
    List<CompletableFuture<?>> all = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      all.add(CompletableFuture.runAsync(() -> {
        try {
          unpaced.forLocation("locA").invoices().getInvoice("inv1");
        } catch (com.hoopai.invoices.client.errors.RateLimitedException expected) {
          // counted by the server
        }
      }, threads));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

    assertThat(api.tooManyRequests()).as("the test server does enforce its limit").isPositive();
  }
}
