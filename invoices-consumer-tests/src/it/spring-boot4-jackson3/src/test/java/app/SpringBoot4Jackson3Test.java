package app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.errors.NotFoundException;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceStatus;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The starter in a Spring Boot 4 application brings no Jackson 2 databind, and the client it configures calls,
 * decodes and fails with typed errors on Jackson 3; an SDK model written by the application's own Jackson 3 mapper
 * (as a controller returning it would) carries no nulls.
 */
class SpringBoot4Jackson3Test {

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
  }

  @Test
  void theClassPathHasJackson3AndNoJackson2Databind() {
    ClassLoader loader = getClass().getClassLoader();
    assertNull(loader.getResource("com/fasterxml/jackson/databind/ObjectMapper.class"), "Jackson 2 databind");
    assertNotNull(loader.getResource("tools/jackson/databind/ObjectMapper.class"), "Jackson 3 databind");
  }

  @Test
  void theStartersClientCallsOnJackson3() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      boolean found = exchange.getRequestURI().getPath().endsWith("/inv1");
      byte[] body = (found
          ? "{\"_id\":\"inv1\",\"invoiceNumber\":19,\"status\":\"refunded\",\"total\":\"12.50\",\"newField\":[1]}"
          : "{\"statusCode\":404,\"message\":\"Invoice not found\"}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(found ? 200 : 404, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
        .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
        .properties("hoopai.invoices.base-url=http://127.0.0.1:" + server.getAddress().getPort(),
            "hoopai.invoices.access-token=consumer-token")
        .run()) {
      InvoicesClient client = context.getBean(InvoicesClient.class);

      Invoice invoice = client.forLocation("consumerLocation0001").invoices().getInvoice("inv1");
      NotFoundException missing = assertThrows(NotFoundException.class,
          () -> client.forLocation("consumerLocation0001").invoices().getInvoice("missing"));

      assertEquals("19", invoice.getInvoiceNumber());
      assertEquals(InvoiceStatus.UNKNOWN, invoice.getStatus());
      assertEquals("12.50", invoice.getTotal().toPlainString());
      assertEquals("Invoice not found", missing.serverMessage());
      String written = JsonMapper.builder().build().writeValueAsString(invoice);   // an application's own mapper
      assertTrue(written.contains("\"invoiceNumber\":\"19\"") && !written.contains("null"), written);
    } finally {
      server.stop(0);
    }
  }
}
