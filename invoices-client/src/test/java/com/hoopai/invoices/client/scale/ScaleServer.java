package com.hoopai.invoices.client.scale;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP/1.1 server with keep-alive that answers every request with one small invoice and the
 * rate-limit headers of a given window, and counts the connections it served (by the client's port). It keeps
 * nothing per request, so a test of 100,000 calls measures the client's memory, not the server's.
 */
final class ScaleServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads;
  private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

  ScaleServer(int threadCount, long windowMillis) throws IOException {
    byte[] body = ("{\"_id\":\"" + ScaleCalls.INVOICE_ID + "\"}").getBytes(StandardCharsets.UTF_8);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    threads = Executors.newFixedThreadPool(threadCount);
    server.setExecutor(threads);
    server.createContext("/", exchange -> answer(exchange, body, windowMillis));
    server.start();
  }

  private void answer(HttpExchange exchange, byte[] body, long windowMillis) throws IOException {
    clientPorts.add(exchange.getRemoteAddress().getPort());
    exchange.getRequestBody().readAllBytes();
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("X-RateLimit-Max", "100");
    exchange.getResponseHeaders().add("X-RateLimit-Remaining", "99");
    exchange.getResponseHeaders().add("X-RateLimit-Interval-Milliseconds", String.valueOf(windowMillis));
    exchange.getResponseHeaders().add("X-RateLimit-Limit-Daily", "200000");
    exchange.getResponseHeaders().add("X-RateLimit-Daily-Remaining", "199999");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** The base URL to give the client. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** How many connections the clients opened so far. */
  int connections() {
    return clientPorts.size();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
