package com.hoopai.invoices.client.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * An application's webhook endpoint on loopback, as a user writes it without a framework: read the body
 * (bounded), verify, dispatch, answer the reason's status. Records what it dispatched and every refusal.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** What a client got back. */
  public record Answer(int status, String body) {
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  /** Every event a handler received. */
  public final List<WebhookEvent> dispatched = new CopyOnWriteArrayList<>();
  /** Every refusal, with its message. */
  public final List<WebhookVerificationException> refusals = new CopyOnWriteArrayList<>();
  private static final OkHttpClient HTTP = new OkHttpClient();

  private WebhookReceiver(WebhookVerifier verifier, WebhookDispatcher dispatcher) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/webhooks", exchange -> handle(exchange, verifier, dispatcher));
    server.start();
  }

  /** A receiver that verifies with the verifier and dispatches to the handlers, recording every event. */
  public static WebhookReceiver start(WebhookVerifier verifier, WebhookDispatcher.Builder handlers) throws IOException {
    WebhookReceiver[] self = new WebhookReceiver[1];
    WebhookReceiver receiver = new WebhookReceiver(verifier, handlers.onAny(event -> self[0].dispatched.add(event)).build());
    self[0] = receiver;
    return receiver;
  }

  /** A receiver that only records. */
  public static WebhookReceiver start(WebhookVerifier verifier) throws IOException {
    return start(verifier, WebhookDispatcher.builder());
  }

  /** The endpoint's URL. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
  }

  /** POSTs the bytes with the headers, over HTTP. */
  public Answer post(byte[] body, Map<String, String> headers) throws IOException {
    Request.Builder request = new Request.Builder().url(url())
        .post(RequestBody.create(body, MediaType.get("application/json")));
    headers.forEach(request::header);
    try (Response response = HTTP.newCall(request.build()).execute()) {
      return new Answer(response.code(), response.body().string());
    }
  }

  private void handle(HttpExchange exchange, WebhookVerifier verifier, WebhookDispatcher dispatcher) throws IOException {
    int status;
    try (InputStream in = exchange.getRequestBody()) {
      WebhookEvent event = verifier.verify(verifier.readBody(in), exchange.getRequestHeaders()::getFirst);
      dispatcher.dispatch(event);
      status = 200;
    } catch (WebhookVerificationException e) {
      refusals.add(e);
      status = e.reason().httpStatus();
    } catch (WebhookReplayStoreException e) {
      status = 429;
    } catch (WebhookHandlerException e) {
      status = 200;
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
