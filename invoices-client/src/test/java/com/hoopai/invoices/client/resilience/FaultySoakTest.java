package com.hoopai.invoices.client.resilience;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.RetryPolicy;
import com.hoopai.invoices.client.errors.HoopAiException;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.Invoice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Thousands of calls from several threads against a server injecting random faults: every call ends in
 * a result or a typed exception, no thread hangs, and the server never processes a money-moving POST
 * twice.
 */
class FaultySoakTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static final int THREADS = 8;
  private static final int CALLS = 2000;

  /** Answers with a random fault (seeded, so a failure can be replayed) and counts processed creates. */
  private static final class FaultyApi extends Dispatcher {
    private final Random random = new Random(20261121);
    private final Map<String, AtomicInteger> processedCreates = new ConcurrentHashMap<>();
    private final String invoice = SpecExamples.operation("getInvoice").responseExample().toString();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      int roll;
      synchronized (random) {
        roll = random.nextInt(100);
      }
      boolean create = request.getMethod().equals("POST");
      if (roll < 6) {
        // Refused by the rate limit: the server did not process it.
        return new MockResponse.Builder().code(429).addHeader("Retry-After", "0").build();
      }
      if (create) {
        // Anything but a 429 means the server processed the create.
        String name = readName(request);
        processedCreates.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
      }
      if (roll < 14) {
        return json(503, "{\"statusCode\":503,\"message\":\"unavailable\"}");
      }
      if (roll < 20) {
        return json(500, "{\"statusCode\":500,\"message\":\"boom\"}");
      }
      if (roll < 25) {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
      }
      if (roll < 29) {
        return new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
            .body("<html><h1>502 Bad Gateway</h1></html>").build();
      }
      if (roll < 33) {
        return json(200, invoice.substring(0, invoice.length() / 2));
      }
      if (roll < 35) {
        return new MockResponse.Builder().code(200).headersDelay(400, TimeUnit.MILLISECONDS)
            .addHeader("Content-Type", "application/json").body(invoice).build();
      }
      return json(200, invoice);
    }

    private static MockResponse json(int status, String body) {
      return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static String readName(RecordedRequest request) {
      try {
        JsonNode body = SpecExamples.STRICT.readTree(request.getBody().utf8());
        return body.get("name").asText();
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void everyCallEndsInAResultOrATypedExceptionAndNoCreateIsProcessedTwice() throws Exception {
    FaultyApi api = new FaultyApi();
    hoopAi.server().setDispatcher(api);
    InvoicesClient resilient = hoopAi.clientBuilder()
        .readTimeout(Duration.ofMillis(200))
        .retryPolicy(RetryPolicy.builder().maxAttempts(4).initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(5)).build())
        .build();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Object>> calls = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      int n = i;
      calls.add(pool.submit(() -> {
        try {
          if (n % 2 == 0) {
            return resilient.forLocation(LOCATION).invoices().getInvoice("6578278e879ad2646715ba9c");
          }
          CreateInvoiceRequest body = SpecExamples.request("createInvoice", CreateInvoiceRequest.class);
          body.setName("soak-" + n);
          return resilient.invoices().createInvoice(body);
        } catch (HoopAiException typed) {
          return typed;
        }
      }));
    }

    int results = 0;
    int failures = 0;
    for (Future<Object> call : calls) {
      Object outcome = call.get(60, TimeUnit.SECONDS); // a hung thread fails here
      if (outcome instanceof Invoice) {
        results++;
      } else {
        assertThat(outcome).isInstanceOf(HoopAiException.class);
        failures++;
      }
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(results + failures).isEqualTo(CALLS);
    assertThat(results).as("retries absorb most faults").isGreaterThan(CALLS / 2);
    assertThat(api.processedCreates.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    assertThat(api.processedCreates).hasSizeLessThanOrEqualTo(CALLS / 2);
  }
}
