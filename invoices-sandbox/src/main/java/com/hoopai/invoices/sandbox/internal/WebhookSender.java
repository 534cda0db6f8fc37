package com.hoopai.invoices.sandbox.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hoopai.invoices.client.webhooks.WebhookTestSigner;
import com.hoopai.invoices.sandbox.server.InvoiceEvents;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends the sandbox's invoice events to a webhook URL on loopback, signed as HoopAI signs them (Ed25519 in
 * {@code x-ghl-signature} and RSA in {@code x-wh-signature}, the migration period) with the sandbox's own
 * test keys, each with {@code type}, {@code locationId}, {@code timestamp} and {@code webhookId}.
 *
 * <p>Sending never slows or fails the API call that caused it: events go to one background thread, in
 * order, through a queue of {@value #QUEUE} (an event that finds it full is dropped and counted), each
 * with short timeouts and no retry.
 *
 * <pre>{@code
 * WebhookSender sender = new WebhookSender(Clock.systemUTC());
 * sender.target("http://127.0.0.1:8080/hoopai/webhooks");
 * sender.changed("InvoicePaid", invoice);
 * }</pre>
 */
public final class WebhookSender implements InvoiceEvents, AutoCloseable {

  /** Events waiting at most. */
  public static final int QUEUE = 1000;

  private static final System.Logger LOG = System.getLogger("com.hoopai.invoices.sandbox");
  private static final MediaType JSON = MediaType.get("application/json");

  private final Clock clock;
  private final WebhookTestSigner signer = WebhookTestSigner.create();
  private final ObjectMapper mapper = JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  private final OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(2))
      .readTimeout(Duration.ofSeconds(10)).retryOnConnectionFailure(false).followRedirects(false).build();
  private final ThreadPoolExecutor thread;
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private volatile HttpUrl target;

  /**
   * A sender with no target (nothing is sent until {@link #target(String)}).
   *
   * @param clock the clock of the events' {@code timestamp}
   */
  public WebhookSender(Clock clock) {
    this.clock = clock;
    this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), task -> {
      Thread t = new Thread(task, "hoopai-sandbox-webhooks");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Where events go from now on.
   *
   * @param url an http(s) URL on loopback ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}), or
   *     {@code null} to stop sending
   * @throws IllegalArgumentException if the URL is malformed or not on loopback
   */
  public void target(String url) {
    this.target = url == null ? null : checkedUrl(url);
  }

  /**
   * A webhook URL, checked.
   *
   * @param url an http(s) URL on loopback
   * @return the parsed URL
   * @throws IllegalArgumentException if the URL is malformed or not on loopback
   */
  public static HttpUrl checkedUrl(String url) {
    HttpUrl parsed = HttpUrl.parse(url.strip());
    if (parsed == null) {
      throw new IllegalArgumentException("webhookUrl is not an http(s) URL");
    }
    if (!isLoopback(parsed.host())) {
      throw new IllegalArgumentException("webhookUrl must be on loopback (localhost, 127.0.0.1, [::1]): the sandbox"
          + " only sends to this machine");
    }
    return parsed;
  }

  /**
   * Where events go.
   *
   * @return the URL, or {@code null}
   */
  public String target() {
    HttpUrl current = target;
    return current == null ? null : current.toString();
  }

  /**
   * The signer holding the sandbox's test keys.
   *
   * @return the signer
   */
  public WebhookTestSigner signer() {
    return signer;
  }

  @Override
  public void changed(String type, ObjectNode invoice) {
    HttpUrl url = target;
    if (url == null) {
      return;
    }
    ObjectNode event = mapper.createObjectNode();
    event.put("type", type);
    event.put("locationId", invoice.path("altId").asText());
    event.put("timestamp", clock.instant().toString());
    event.put("webhookId", UUID.randomUUID().toString());
    invoice.fields().forEachRemaining(field -> {
      if (!event.has(field.getKey())) {
        event.set(field.getKey(), field.getValue());
      }
    });
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(event);
    } catch (IOException e) {
      failed.incrementAndGet();
      return;
    }
    try {
      thread.execute(() -> send(url, type, body));
    } catch (RejectedExecutionException e) {
      dropped.incrementAndGet();
      LOG.log(System.Logger.Level.WARNING, "webhook " + type + " dropped: " + QUEUE + " events are waiting already");
    }
  }

  /**
   * Waits until every event queued before this call was sent (or failed).
   *
   * @param timeout how long to wait at most
   * @return true if they all were, false on timeout
   * @throws InterruptedException if interrupted
   */
  public boolean await(Duration timeout) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    try {
      thread.execute(done::countDown);
    } catch (RejectedExecutionException e) {
      return false;
    }
    return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Counts of events sent and answered 2xx, sent and failed (any other answer, or no answer), dropped.
   *
   * @return the counts by name: {@code delivered}, {@code failed}, {@code dropped}
   */
  public Map<String, Long> counts() {
    return Map.of("delivered", delivered.get(), "failed", failed.get(), "dropped", dropped.get());
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }

  private void send(HttpUrl url, String type, byte[] body) {
    Request.Builder request = new Request.Builder().url(url).post(RequestBody.create(body, JSON));
    signer.bothSignatureHeaders(body).forEach(request::header);
    try (Response response = http.newCall(request.build()).execute()) {
      if (response.isSuccessful()) {
        delivered.incrementAndGet();
      } else {
        failed.incrementAndGet();
        LOG.log(System.Logger.Level.DEBUG, () -> "webhook " + type + " answered " + response.code());
      }
    } catch (IOException e) {
      failed.incrementAndGet();
      LOG.log(System.Logger.Level.DEBUG, () -> "webhook " + type + " not delivered: " + e.getClass().getSimpleName());
    }
  }

  private static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false;   // a name: never resolved, so nothing leaves the machine
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
