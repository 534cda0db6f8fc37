package app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.errors.NotFoundException;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The client alone, against a loopback server: one call and its typed error. */
class ClientOnlyTest {

  @Test
  void callsTheApiAndGetsATypedError() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = "{\"statusCode\":404,\"message\":\"Invoice not found\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(404, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try (InvoicesClient client = InvoicesClient.builder()
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
        .accessToken("consumer-token")
        .build()) {
      NotFoundException e = null;
      try {
        client.forLocation("consumerLocation0001").invoices().getInvoice("missing");
      } catch (NotFoundException expected) {
        e = expected;
      }
      assertTrue(e != null, "a 404 is a NotFoundException");
      assertEquals("Invoice not found", e.serverMessage());
    } finally {
      server.stop(0);
    }
  }
}
