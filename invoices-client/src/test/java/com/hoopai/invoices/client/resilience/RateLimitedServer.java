package com.hoopai.invoices.client.resilience;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A fake API that enforces a sliding-window limit per location, as HoopAI does (scaled down so tests are
 * fast), and reports it in the {@code X-RateLimit-*} headers; over the limit it answers 429.
 */
final class RateLimitedServer extends Dispatcher {

  private final int max;
  private final long windowMillis;
  private final Map<String, Deque<Long>> arrivals = new HashMap<>();
  private final AtomicInteger tooManyRequests = new AtomicInteger();
  private final AtomicInteger served = new AtomicInteger();

  RateLimitedServer(int max, long windowMillis) {
    this.max = max;
    this.windowMillis = windowMillis;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String location = String.valueOf(request.getUrl().queryParameter("altId"));
    long now = System.currentTimeMillis();
    int remaining;
    synchronized (arrivals) {
      Deque<Long> times = arrivals.computeIfAbsent(location, l -> new ArrayDeque<>());
      while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
        times.pollFirst();
      }
      if (times.size() >= max) {
        tooManyRequests.incrementAndGet();
        return headers(new MockResponse.Builder().code(429), 0)
            .body("{\"statusCode\":429,\"message\":\"Too many requests\"}").build();
      }
      times.addLast(now);
      remaining = max - times.size();
    }
    served.incrementAndGet();
    return headers(new MockResponse.Builder().code(200), remaining)
        .body("{\"_id\":\"inv\",\"altId\":\"" + location + "\",\"status\":\"sent\",\"total\":1}").build();
  }

  private MockResponse.Builder headers(MockResponse.Builder response, int remaining) {
    return response.addHeader("Content-Type", "application/json")
        .addHeader("X-RateLimit-Max", max)
        .addHeader("X-RateLimit-Remaining", remaining)
        .addHeader("X-RateLimit-Interval-Milliseconds", windowMillis)
        .addHeader("X-RateLimit-Limit-Daily", 200000)
        .addHeader("X-RateLimit-Daily-Remaining", 199000);
  }

  int tooManyRequests() {
    return tooManyRequests.get();
  }

  int served() {
    return served.get();
  }
}
