package com.hoopai.invoices.spring.autoconfigure;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hoopai.invoices.model.GetInvoiceParams;
import com.hoopai.invoices.sandbox.server.RecordKind;
import com.hoopai.invoices.sandbox.server.SandboxRequest;
import com.hoopai.invoices.sandbox.server.SandboxServer;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The starter tests' HoopAI, registered as a field: a sandbox server per test with the tests' token and OAuth
 * client, holding one invoice at one location, stopped after the test. Faults come from the server's own
 * layer ({@code server().faults()}).
 *
 * <pre>{@code
 * @RegisterExtension final ServerFixture hoopAi = new ServerFixture();
 * private final SandboxServer fake = hoopAi.server();
 * fake.faults().failNext("getInvoice", Fault.status(503, "{}"));
 * hoopAi.runner().run(context -> ...);
 * }</pre>
 */
final class ServerFixture implements AfterEachCallback {

  static final String LOCATION = "ve9EPM428h8vShlRW1KT";
  static final String INVOICE_ID = "6578278e879ad2646715ba9c";
  static final String TOKEN = "pit-spring-0123456789abcdef";
  static final String CLIENT_ID = "client-id-spring";
  static final String CLIENT_SECRET = "client-secret-SHOULD-NEVER-SHOW-7d1f";
  /** Query params that address {@link #LOCATION}, for calls through the unbound APIs the context injects. */
  static final GetInvoiceParams AT_LOCATION = GetInvoiceParams.builder().altId(LOCATION).build();
  static final String INVOICE = "{\"_id\":\"" + INVOICE_ID + "\",\"altId\":\"" + LOCATION + "\",\"name\":\"March\"}";

  private final SandboxServer server = start();

  /** The running server of this test. */
  SandboxServer server() {
    return server;
  }

  /**
   * A context runner of the auto-configuration against this test's server, on {@link #TOKEN}, without pacing
   * and with immediate retries.
   */
  ApplicationContextRunner runner() {
    return runner(server);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    server.close();
  }

  /** A running server that accepts {@link #TOKEN} and the OAuth client, with {@link #INVOICE} at {@link #LOCATION}. */
  static SandboxServer start() {
    SandboxServer server = SandboxServer.builder().accessToken(TOKEN).oauthClient(CLIENT_ID, CLIENT_SECRET).start();
    ObjectNode invoice = JsonNodeFactory.instance.objectNode()
        .put("_id", INVOICE_ID).put("altId", LOCATION).put("name", "March");
    server.records().put(LOCATION, RecordKind.INVOICES, invoice);
    return server;
  }

  /** {@link #runner()} against another server (one per test class, for instance). */
  static ApplicationContextRunner runner(SandboxServer server) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HoopAiInvoicesAutoConfiguration.class))
        .withPropertyValues("hoopai.invoices.access-token=" + TOKEN, "hoopai.invoices.base-url=" + server.baseUrl(),
            "hoopai.invoices.pace-rate-limits=false", "hoopai.invoices.retry.initial-backoff=0ms");
  }

  /** The bearer token of every API call, in order. */
  static List<String> apiTokens(SandboxServer server) {
    return server.requests().api().stream().map(SandboxRequest::bearerToken).toList();
  }
}
