package com.hoopai.invoices.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.model.Invoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One client instance serves many threads at once, each getting its own answer. */
class SharedClientConcurrencyTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  @Test
  void manyThreadsShareOneClient() throws Exception {
    hoopAi.server().setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String id = request.getUrl().pathSegments().get(1);
        String location = request.getUrl().queryParameter("altId");
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
            .body("{\"_id\":\"" + id + "\",\"altId\":\"" + location + "\",\"status\":\"sent\",\"total\":1}")
            .build();
      }
    });
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Invoice>> calls = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String location = "loc" + (i % 7);
      String id = "inv" + i;
      calls.add(pool.submit(() -> hoopAi.client().forLocation(location).invoices().getInvoice(id)));
    }
    Set<String> seen = ConcurrentHashMap.newKeySet();
    for (int i = 0; i < calls.size(); i++) {
      Invoice invoice = calls.get(i).get(10, TimeUnit.SECONDS);
      assertThat(invoice.getId()).isEqualTo("inv" + i);
      assertThat(invoice.getAltId()).isEqualTo("loc" + (i % 7));
      seen.add(invoice.getId());
    }
    pool.shutdown();
    assertThat(seen).hasSize(400);
    assertThat(hoopAi.requestCount()).isEqualTo(400);
  }
}
