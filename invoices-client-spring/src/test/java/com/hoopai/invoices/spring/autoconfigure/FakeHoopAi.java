package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.model.GetInvoiceParams;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * HoopAI on a loopback MockWebServer: a token endpoint that rotates single-use refresh tokens, and an API that
 * answers what a test queued (else a 200 invoice) and records the bearer token of each call.
 */
final class FakeHoopAi extends Dispatcher implements AutoCloseable {

  static final String LOCATION = "ve9EPM428h8vShlRW1KT";
  static final String INVOICE_ID = "6578278e879ad2646715ba9c";
  static final String TOKEN = "pit-spring-0123456789abcdef";
  static final String CLIENT_ID = "client-id-spring";
  static final String CLIENT_SECRET = "client-secret-SHOULD-NEVER-SHOW-7d1f";
  /** Query params that address {@link #LOCATION}, for calls through the unbound APIs the context injects. */
  static final GetInvoiceParams AT_LOCATION = GetInvoiceParams.builder().altId(LOCATION).build();
  static final String INVOICE = "{\"_id\":\"" + INVOICE_ID + "\",\"altId\":\"" + LOCATION + "\",\"name\":\"March\"}";

  final MockWebServer server = new MockWebServer();
  final AtomicInteger refreshes = new AtomicInteger();
  final List<String> apiTokens = new CopyOnWriteArrayList<>();
  final List<RecordedRequest> apiRequests = new CopyOnWriteArrayList<>();
  private final Deque<MockResponse> queued = new ArrayDeque<>();
  private final AtomicInteger issued = new AtomicInteger();
  private volatile String validRefreshToken = "rt-0";

  FakeHoopAi() {
    server.setDispatcher(this);
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String baseUrl() {
    return server.url("/").toString();
  }

  String tokenUrl() {
    return server.url("/oauth/token").toString();
  }

  /** The refresh token an installation holds now. */
  String refreshToken() {
    return validRefreshToken;
  }

  synchronized void enqueue(int status, String json) {
    queued.add(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(json).build());
  }

  private synchronized MockResponse next() {
    MockResponse response = queued.poll();
    return response != null ? response : new MockResponse.Builder().code(200)
        .addHeader("Content-Type", "application/json")
        .addHeader("X-RateLimit-Max", "100").addHeader("X-RateLimit-Remaining", "97")
        .addHeader("X-RateLimit-Interval-Milliseconds", "10000")
        .addHeader("X-RateLimit-Limit-Daily", "200000").addHeader("X-RateLimit-Daily-Remaining", "199000")
        .body(INVOICE).build();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (request.getUrl().encodedPath().equals("/oauth/token")) {
      String form = request.getBody() == null ? "" : request.getBody().utf8();
      if (!form.contains("client_secret=" + CLIENT_SECRET) || !form.contains("refresh_token=" + validRefreshToken)) {
        return json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid grant\"}");
      }
      refreshes.incrementAndGet();
      int n = issued.incrementAndGet();
      validRefreshToken = "rt-" + n;
      return json(200, "{\"access_token\":\"at-" + n + "\",\"token_type\":\"Bearer\",\"expires_in\":86399,"
          + "\"refresh_token\":\"rt-" + n + "\",\"scope\":\"invoices.readonly\",\"userType\":\"Location\","
          + "\"locationId\":\"" + LOCATION + "\",\"companyId\":\"c1\"}");
    }
    apiRequests.add(request);
    String authorization = request.getHeaders().get("Authorization");
    apiTokens.add(authorization == null ? "" : authorization.substring("Bearer ".length()));
    return next();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
  }

  @Override
  public void close() {
    server.close();
  }
}
