package com.hoopai.invoices.client.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.support.LogCapture;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.sandbox.server.Fault;
import com.hoopai.invoices.sandbox.server.IssuedTokens;
import com.hoopai.invoices.sandbox.server.RecordKind;
import com.hoopai.invoices.sandbox.server.SandboxRequest;
import com.hoopai.invoices.sandbox.server.SandboxServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The OAuth tests' fixture, registered as a field: the fake HoopAI ({@link SandboxServer}) per test, every SDK
 * log line captured at every level, and after each test the checks that no spent refresh token was sent again
 * (a race) and that no secret reached a log line.
 *
 * <pre>{@code
 * @RegisterExtension final OAuthFixture fake = new OAuthFixture();
 * StoredTokens installed = store.put(fake.install(LOCATION, expired()));
 * }</pre>
 */
final class OAuthFixture implements BeforeEachCallback, AfterEachCallback {

  static final String LOCATION = "ve9EPM428h8vShlRW1KT";
  static final String INVOICE = "6578278e879ad2646715ba9c";
  static final String CLIENT_ID = "client-id-5f1a";
  static final String CLIENT_SECRET = "client-secret-SHOULD-NEVER-SHOW-9c2e";
  static final String COMPANY = "companyX7Ak";

  private final List<AutoCloseable> closeables = new ArrayList<>();
  private LogCapture logs;
  private SandboxServer server;
  private long acknowledgedReuses;

  @Override
  public void beforeEach(ExtensionContext context) {
    // The tests burst one location far past the API's 100 requests per 10 s; pacing has its own tests.
    server = SandboxServer.builder().oauthClient(CLIENT_ID, CLIENT_SECRET).companyId(COMPANY)
        .rateLimit(1_000_000, Duration.ofSeconds(10)).start();
    logs = new LogCapture();
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    logs.close();
    for (AutoCloseable closeable : closeables) {
      closeable.close();
    }
    server.close();
    assertThat(server.oauth().reusedRefreshTokens() - acknowledgedReuses)
        .as("a spent refresh token was sent again (a race)").isZero();
    assertNoSecretIn(logs.lines);
  }

  SandboxServer server() {
    return server;
  }

  String baseUrl() {
    return server.baseUrl();
  }

  List<String> logLines() {
    return logs.lines;
  }

  OAuthCredentials credentials(UserType type) {
    return OAuthCredentials.builder().clientId(CLIENT_ID).clientSecret(CLIENT_SECRET)
        .userType(type).tokenUrl(server.url("/oauth/token")).build();
  }

  OAuthTokenProvider.Builder providerBuilder(TokenStore store) {
    return OAuthTokenProvider.builder(credentials(UserType.LOCATION)).tokenStore(store)
        .readTimeout(Duration.ofSeconds(5));
  }

  InvoicesClient client(AccessTokenProvider tokens) {
    InvoicesClient client = InvoicesClient.builder().baseUrl(server.baseUrl())
        .accessTokenProvider(tokens).paceRateLimits(false).build();
    closeables.add(client);
    return client;
  }

  /** Gets {@link #INVOICE} at a location (the fake holds the spec's example invoice there). */
  Invoice getInvoice(InvoicesClient client, String locationId) {
    holdInvoice(locationId);
    return client.forLocation(locationId).invoices().getInvoice(INVOICE);
  }

  /** Puts the spec's example invoice, as {@link #INVOICE}, in a location. */
  void holdInvoice(String locationId) {
    ObjectNode invoice = ((ObjectNode) SpecExamples.operation("getInvoice").responseExample()).deepCopy();
    invoice.put("_id", INVOICE).put("altId", locationId).put("altType", "location");
    server.records().put(locationId, RecordKind.INVOICES, invoice);
  }

  /** A location installation: valid tokens, as the store would hold them, expiring (for the client) then. */
  StoredTokens install(String locationId, Instant expiresAt) {
    IssuedTokens issued = server.oauth().install(locationId);
    return StoredTokens.builder().key(locationId).userType(UserType.LOCATION).refreshToken(issued.refreshToken())
        .accessToken(issued.accessToken()).expiresAt(expiresAt).scope("invoices.readonly invoices.write")
        .companyId(COMPANY).locationId(locationId).build();
  }

  /** An agency installation. */
  StoredTokens installCompany(Instant expiresAt) {
    IssuedTokens issued = server.oauth().installAgency();
    return StoredTokens.builder().key(COMPANY).userType(UserType.COMPANY).refreshToken(issued.refreshToken())
        .accessToken(issued.accessToken()).expiresAt(expiresAt).companyId(COMPANY).build();
  }

  /** An authorization code for a location (two invoice scopes), or for the agency when {@code locationId} is null. */
  String newCode(String locationId) {
    return locationId == null ? server.oauth().agencyAuthorizationCode()
        : server.oauth().authorizationCode(locationId, List.of("invoices.readonly", "invoices.write"));
  }

  void spend(String refreshToken) {
    server.oauth().spend(refreshToken);
  }

  void revoke(String accessToken) {
    server.oauth().revoke(accessToken);
  }

  boolean isValidRefreshToken(String refreshToken) {
    return server.oauth().isRefreshTokenValid(refreshToken);
  }

  void inactive(String locationId, boolean inactive) {
    server.oauth().inactive(locationId, inactive);
  }

  /** The next request to the token endpoint answers with the fault. */
  void failNextRefresh(Fault fault) {
    server.faults().failNext(SandboxServer.TOKEN_ENDPOINT, fault);
  }

  /** Every token request waits this long, so that concurrent callers arrive while one is in flight. */
  void refreshDelay(Duration delay) {
    server.faults().delay(SandboxServer.TOKEN_ENDPOINT, delay);
  }

  void mintDelay(Duration delay) {
    server.faults().delay(SandboxServer.LOCATION_TOKEN_ENDPOINT, delay);
  }

  long refreshes() {
    return server.oauth().refreshes();
  }

  long reusedRefreshTokens() {
    return server.oauth().reusedRefreshTokens();
  }

  /** The reuses seen so far were the test's intent: the check after the test leaves them out. */
  void acknowledgeReusedRefreshTokens() {
    acknowledgedReuses = server.oauth().reusedRefreshTokens();
  }

  long mints() {
    return server.oauth().locationTokenMints();
  }

  int maxMintsInFlight() {
    return server.requests().maxConcurrent(SandboxServer.LOCATION_TOKEN_ENDPOINT);
  }

  /** The bearer token of every API call, in order. */
  List<String> apiTokens() {
    return server.requests().api().stream().map(request -> String.valueOf(request.bearerToken())).toList();
  }

  long apiCalls() {
    return server.requests().api().size();
  }

  long api401s() {
    return server.requests().api().stream().filter(request -> request.status() == 401).count();
  }

  /** Every token-endpoint form, in order (they hold secrets: assert on them, never print them). */
  List<Map<String, String>> tokenForms() {
    return server.requests().of(SandboxServer.TOKEN_ENDPOINT).stream().map(SandboxRequest::form).toList();
  }

  List<SandboxRequest> mintRequests() {
    return server.requests().of(SandboxServer.LOCATION_TOKEN_ENDPOINT);
  }

  static Instant expired() {
    return Instant.now().minusSeconds(60);
  }

  static Instant inOneDay() {
    return Instant.now().plus(Duration.ofDays(1));
  }

  /**
   * No client secret, token or code in any of the texts: the fake's start with a recognizable prefix, the ones
   * the tests make up end in a recognizable suffix.
   */
  static void assertNoSecretIn(Iterable<String> texts) {
    for (String text : texts) {
      assertThat(text).as("a text shown to people")
          .doesNotContain(CLIENT_SECRET)
          .doesNotContain("sbx_rt_").doesNotContain("-c0ffee")     // refresh tokens
          .doesNotContain("sbx_at_").doesNotContain("-beef")       // access tokens
          .doesNotContain("sbx_code_").doesNotContain("-a11ce");   // authorization codes
    }
  }

  /** The message, toString and every cause's message of a failure, checked like log lines. */
  static void assertNoSecretIn(Throwable error) {
    List<String> texts = new ArrayList<>();
    for (Throwable t = error; t != null; t = t.getCause()) {
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
      for (Throwable suppressed : t.getSuppressed()) {
        texts.add(suppressed.toString());
      }
    }
    assertNoSecretIn(texts);
  }
}
