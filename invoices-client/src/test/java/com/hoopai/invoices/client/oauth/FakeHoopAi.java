package com.hoopai.invoices.client.oauth;

import com.hoopai.invoices.client.support.SpecExamples;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A fake HoopAI on one MockWebServer: the token endpoint, the location-token endpoint and the API.
 *
 * <p>Refresh tokens are single use, like the real ones: a reused refresh token answers 400 invalid grant,
 * so two refreshes racing on one token fail the test that lets them. The API answers 401 to any bearer
 * token it did not issue or that was revoked.
 */
final class FakeHoopAi extends Dispatcher {

  static final String CLIENT_ID = "client-id-5f1a";
  static final String CLIENT_SECRET = "client-secret-SHOULD-NEVER-SHOW-9c2e";
  static final String COMPANY = "companyX7Ak";
  static final String INVALID_GRANT =
      "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid grant: refresh token is invalid\"}";

  /** What the next refresh does instead of answering normally. */
  enum Fault {
    /** Spends the refresh token, then answers 500: the new tokens are lost on the way. */
    SPEND_THEN_500,
    /** Answers 502 without spending the token. */
    BAD_GATEWAY_UNSPENT,
    /** Spends the token, then answers only after the client's read timeout. */
    SPEND_THEN_HANG,
    /** A 400 whose message echoes the refresh token and the client secret (a careless server). */
    ECHO_SECRETS
  }

  private record Issued(String key, boolean location) {
  }

  private final AtomicInteger sequence = new AtomicInteger();
  private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();   // valid refresh token -> key
  private final Set<String> spent = ConcurrentHashMap.newKeySet();
  private final Map<String, Issued> accessTokens = new ConcurrentHashMap<>();
  private final Map<String, String> codes = new ConcurrentHashMap<>();            // code -> key
  private final Deque<Fault> faults = new ArrayDeque<>();

  final AtomicInteger refreshes = new AtomicInteger();          // refresh_token grants received
  final AtomicInteger reusedRefreshTokens = new AtomicInteger(); // a spent token presented again: a race
  final AtomicInteger codeExchanges = new AtomicInteger();
  final AtomicInteger mints = new AtomicInteger();
  final AtomicInteger apiCalls = new AtomicInteger();
  final AtomicInteger api401s = new AtomicInteger();
  final Set<String> inactiveLocations = ConcurrentHashMap.newKeySet();
  /** Every token-endpoint form, in order (they contain secrets: the tests check them, never print them). */
  final List<Map<String, String>> tokenForms = new CopyOnWriteArrayList<>();
  final List<RecordedRequest> mintRequests = new CopyOnWriteArrayList<>();
  /** The bearer token of every API call, in order. */
  final List<String> apiTokens = new CopyOnWriteArrayList<>();
  volatile long expiresIn = 86399;
  /** Whether a minted location token comes with a refresh token, as HoopAI's answer does. */
  volatile boolean locationRefreshTokens;
  /** How long a mint takes, to see how many run at once. */
  volatile long mintDelayMillis;
  final AtomicInteger mintsInFlight = new AtomicInteger();
  final AtomicInteger maxMintsInFlight = new AtomicInteger();
  volatile long refreshDelayMillis;
  volatile long hangMillis = 3000;

  /** Issues a location installation: a valid refresh and access token, as the store would hold them. */
  StoredTokens install(String locationId, Instant expiresAt) {
    int n = sequence.incrementAndGet();
    String refresh = "rt-" + locationId + "-" + n + "-c0ffee";
    String access = "at-" + locationId + "-" + n + "-beef";
    refreshTokens.put(refresh, locationId);
    accessTokens.put(access, new Issued(locationId, true));
    return StoredTokens.builder().key(locationId).userType(UserType.LOCATION).refreshToken(refresh)
        .accessToken(access).expiresAt(expiresAt).scope("invoices.readonly invoices.write")
        .companyId(COMPANY).locationId(locationId).build();
  }

  /** Issues an agency installation. */
  StoredTokens installCompany(Instant expiresAt) {
    int n = sequence.incrementAndGet();
    String refresh = "rt-company-" + n + "-c0ffee";
    String access = "at-company-" + n + "-beef";
    refreshTokens.put(refresh, COMPANY);
    accessTokens.put(access, new Issued(COMPANY, false));
    return StoredTokens.builder().key(COMPANY).userType(UserType.COMPANY).refreshToken(refresh)
        .accessToken(access).expiresAt(expiresAt).companyId(COMPANY).build();
  }

  /** An authorization code for a location (or the company when locationId is null). */
  String newCode(String locationId) {
    String code = "code-" + sequence.incrementAndGet() + "-a11ce";
    codes.put(code, locationId == null ? COMPANY : locationId);
    return code;
  }

  /** Spends a refresh token elsewhere (another app instance, a manual test...). */
  void spend(String refreshToken) {
    refreshTokens.remove(refreshToken);
  }

  void revoke(String accessToken) {
    accessTokens.remove(accessToken);
  }

  boolean isValidRefreshToken(String refreshToken) {
    return refreshTokens.containsKey(refreshToken);
  }

  synchronized void failNextRefresh(Fault fault) {
    faults.add(fault);
  }

  private synchronized Fault nextFault() {
    return faults.poll();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    String path = request.getUrl().encodedPath();
    return switch (path) {
      case "/oauth/token" -> token(form(request));
      case "/oauth/locationToken" -> locationToken(request);
      default -> api(request);
    };
  }

  private MockResponse token(Map<String, String> form) throws InterruptedException {
    tokenForms.add(form);
    if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
      return json(401, "{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}");
    }
    switch (String.valueOf(form.get("grant_type"))) {
      case "refresh_token": {
        refreshes.incrementAndGet();
        if (refreshDelayMillis > 0) {
          Thread.sleep(refreshDelayMillis);
        }
        String presented = form.get("refresh_token");
        String key = refreshTokens.get(presented);
        if (key != null && inactiveLocations.contains(key)) {
          return json(400, "{\"statusCode\":400,\"message\":\"Location is not active\"}");
        }
        Fault fault = nextFault();
        if (fault == Fault.ECHO_SECRETS) {
          return json(400, "{\"statusCode\":400,\"message\":\"Invalid parameter: refresh_token " + presented
              + " for client " + form.get("client_secret") + "\"}");
        }
        if (fault == Fault.BAD_GATEWAY_UNSPENT) {
          return json(502, "<html>bad gateway</html>");
        }
        key = presented == null ? null : refreshTokens.remove(presented);   // single use, atomically
        if (key == null) {
          if (spent.contains(presented)) {
            reusedRefreshTokens.incrementAndGet();
          }
          return json(400, INVALID_GRANT);
        }
        spent.add(presented);
        String answer = issue(key, !key.equals(COMPANY), form.get("user_type"));
        if (fault == Fault.SPEND_THEN_500) {
          return json(500, "{\"statusCode\":500,\"message\":\"Internal server error\"}");
        }
        if (fault == Fault.SPEND_THEN_HANG) {
          return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
              .body(answer).headersDelay(hangMillis, TimeUnit.MILLISECONDS).build();
        }
        return json(200, answer);
      }
      case "authorization_code": {
        codeExchanges.incrementAndGet();
        String key = form.get("code") == null ? null : codes.remove(form.get("code"));
        if (key == null) {
          return json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid grant: code "
              + form.get("code") + " is invalid\"}");
        }
        return json(200, issue(key, !key.equals(COMPANY), form.get("user_type")));
      }
      default:
        return json(400, "{\"statusCode\":400,\"message\":\"Invalid parameter: grant_type\"}");
    }
  }

  private String issue(String key, boolean location, String userType) {
    int n = sequence.incrementAndGet();
    String access = "at-" + key + "-" + n + "-beef";
    String refresh = "rt-" + key + "-" + n + "-c0ffee";
    accessTokens.put(access, new Issued(key, location));
    refreshTokens.put(refresh, key);
    return "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
        + ",\"refresh_token\":\"" + refresh + "\",\"scope\":\"invoices.readonly invoices.write\",\"userType\":\""
        + (location ? "Location" : "Company") + "\",\"companyId\":\"" + COMPANY + "\""
        + (location ? ",\"locationId\":\"" + key + "\"" : "") + ",\"userId\":\"user-1\"}";
  }

  private MockResponse locationToken(RecordedRequest request) throws InterruptedException {
    int inFlight = mintsInFlight.incrementAndGet();
    maxMintsInFlight.accumulateAndGet(inFlight, Math::max);
    try {
      Thread.sleep(mintDelayMillis);
      return mintLocationToken(request);
    } finally {
      mintsInFlight.decrementAndGet();
    }
  }

  private MockResponse mintLocationToken(RecordedRequest request) {
    mintRequests.add(request);
    String authorization = request.getHeaders().get("Authorization");
    Issued issued = authorization == null ? null : accessTokens.get(authorization.replaceFirst("^Bearer ", ""));
    if (issued == null || issued.location()) {
      return json(401, "{\"statusCode\":401,\"message\":\"Invalid token: access token is invalid\","
          + "\"error\":\"Unauthorized\"}");
    }
    Map<String, String> form = form(request);
    String locationId = form.get("locationId");
    if (!"2021-07-28".equals(request.getHeaders().get("Version")) || !COMPANY.equals(form.get("companyId"))
        || locationId == null) {
      return json(422, "{\"statusCode\":422,\"message\":[\"companyId and locationId are required\"]}");
    }
    if (inactiveLocations.contains(locationId)) {
      return json(400, "{\"statusCode\":400,\"message\":\"Location is not active\"}");
    }
    mints.incrementAndGet();
    String access = "lt-" + locationId + "-" + sequence.incrementAndGet() + "-beef";
    accessTokens.put(access, new Issued(locationId, true));
    String refresh = "";
    if (locationRefreshTokens) {
      String token = "rt-" + locationId + "-" + sequence.incrementAndGet() + "-c0ffee";
      refreshTokens.put(token, locationId);
      refresh = ",\"refresh_token\":\"" + token + "\"";
    }
    return json(200, "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
        + refresh + ",\"scope\":\"invoices.readonly\",\"locationId\":\"" + locationId + "\",\"userId\":\"user-1\"}");
  }

  private MockResponse api(RecordedRequest request) {
    apiCalls.incrementAndGet();
    String authorization = request.getHeaders().get("Authorization");
    String token = authorization == null ? null : authorization.replaceFirst("^Bearer ", "");
    apiTokens.add(String.valueOf(token));
    Issued issued = token == null ? null : accessTokens.get(token);
    String altId = request.getUrl().queryParameter("altId");
    boolean wrongLocation = issued != null && issued.location() && altId != null && !altId.equals(issued.key());
    if (issued == null || wrongLocation) {
      api401s.incrementAndGet();
      return json(401, "{\"statusCode\":401,\"message\":\"Invalid token: access token is invalid\","
          + "\"error\":\"Unauthorized\"}");
    }
    return json(200, SpecExamples.operation("getInvoice").responseExample().toString());
  }

  static Map<String, String> form(RecordedRequest request) {
    Map<String, String> form = new LinkedHashMap<>();
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      form.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
  }
}
