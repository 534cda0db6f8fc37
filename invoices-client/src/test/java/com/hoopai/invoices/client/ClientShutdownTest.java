package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.support.HoopAiMock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link InvoicesClient#close()} stops every thread the client started or caused, so that a program ends
 * as soon as its last line ran (no OkHttp thread idling for a minute, no 15 s wait in {@code exec:java}).
 */
class ClientShutdownTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static final String INVOICE_ID = "6578278e879ad2646715ba9c";

  @Test
  void closeStopsEveryThreadTheClientStartedOrCaused() throws InterruptedException {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    InvoicesClient own = hoopAi.clientBuilder().build();
    for (int i = 0; i < 3; i++) {
      hoopAi.enqueueExample("getInvoice");
      own.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);
    }
    assertThat(httpThreadsStartedSince(before)).as("the calls ran on OkHttp threads").isNotEmpty();

    own.close();

    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (!httpThreadsStartedSince(before).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(httpThreadsStartedSince(before)).as("HTTP threads still alive 2 s after close()").isEmpty();
  }

  @Test
  void closeLeavesAnHttpClientTheApplicationGaveAlone() {
    okhttp3.OkHttpClient shared = new okhttp3.OkHttpClient();
    InvoicesClient borrowing = hoopAi.clientBuilder().httpClient(shared).build();
    hoopAi.enqueueExample("getInvoice");
    borrowing.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);

    borrowing.close();

    assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
    assertThat(shared.connectionPool().connectionCount()).isEqualTo(1);
    shared.connectionPool().evictAll();
  }

  /** Threads of the HTTP client (the mock server's own threads are named MockWebServer). */
  private static Set<String> httpThreadsStartedSince(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t) && t.isAlive())
        .map(Thread::getName)
        .filter(name -> name.contains("OkHttp") && !name.contains("MockWebServer"))
        .collect(Collectors.toSet());
  }
}
