package com.hoopai.invoices.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.model.GetInvoiceParams;
import com.hoopai.invoices.model.Invoice;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import feign.Client;
import feign.Feign;
import feign.Response;
import feign.Retryer;
import feign.codec.Decoder;
import feign.hc5.ApacheHttp5Client;
import feign.http2client.Http2Client;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Feign transports side by side: the same generated {@link InvoicesApi} proxy, the same decoder (one shared
 * Jackson mapper), no retries, only {@link Client} changes. Each call is {@code getInvoice} against a loopback
 * {@link HttpServer} that answers the spec's {@code getInvoice} 200 example (about 3 KB of JSON) over keep-alive
 * HTTP/1.1, so a call costs: request encoding, one round trip on a pooled connection, and decoding.
 *
 * <p>Transports, as {@code -p transport=...}:
 * <ul>
 *   <li>{@code okhttp}: {@code new feign.okhttp.OkHttpClient(new okhttp3.OkHttpClient())} (OkHttp defaults:
 *       pool of 5 idle connections);
 *   <li>{@code java11}: {@code new feign.http2client.Http2Client()} (the JDK's {@code java.net.http} client);
 *   <li>{@code hc5}: {@code new feign.hc5.ApacheHttp5Client()}'s client (HttpClient 5 defaults: at most 5
 *       connections per route, 25 in all);
 *   <li>{@code okhttp-sdk}: OkHttp as {@code InvoicesClient.builder()} configures it (pool of 16 idle connections
 *       kept 30 s, no silent retry, no redirects);
 *   <li>{@code hc5-pool16}: HttpClient 5 with at most 16 connections per route, so 8 threads never wait for one.
 * </ul>
 *
 * <p>Run: {@code java -jar target/hoopai-invoices-benchmarks-*-benchmarks.jar HttpTransport -prof gc}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dsun.net.httpserver.nodelay=true"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class HttpTransportBenchmark {

  static final String ALT_ID = Payloads.ALT_ID;
  static final String INVOICE_ID = Payloads.INVOICE_ID;
  /** The location as query params, built once: the transports are compared, not the params. */
  static final GetInvoiceParams AT_LOCATION = GetInvoiceParams.builder().altId(ALT_ID).build();
  static final long PREWARM_SECONDS = 10;

  /** One mapper for every transport: only the transport differs between runs. */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  @Param({"okhttp", "java11", "hc5", "okhttp-sdk", "hc5-pool16"})
  public String transport;

  private HttpServer server;
  private ExecutorService serverThreads;
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private InvoicesApi api;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    // Also passed as a JVM flag (see @Fork): without it the JDK server's Nagle + the client's delayed ACK add
    // tens of milliseconds to some answers, and the benchmark would measure TCP timers instead of clients.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    byte[] body = Payloads.fromSpec().invoice();
    serverThreads = Executors.newFixedThreadPool(8);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/invoices/", exchange -> answer(exchange, body));
    server.setExecutor(serverThreads);
    server.start();
    String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();

    api = Feign.builder()
        .client(client(transport))
        .decoder(new JacksonDecoder(MAPPER))
        .retryer(Retryer.NEVER_RETRY)
        .target(InvoicesApi.class, baseUrl);

    // Fail fast if a transport does not really work end to end.
    Invoice invoice = api.getInvoice(INVOICE_ID, AT_LOCATION);
    if (!INVOICE_ID.equals(invoice.getId()) || invoice.getInvoiceItems() == null
        || invoice.getInvoiceItems().isEmpty()) {
      throw new IllegalStateException(transport + " decoded an unexpected invoice: " + invoice);
    }

    // JIT pre-warm on one thread, before JMH's own warm-up. With 8 callers and 8 server threads busy on 2
    // cores, the compiler threads get a small share of the CPU and the 8-thread warm-up would take a minute
    // to converge (hc5 and java11 still gained 2x after 30 s); here they have a core to themselves.
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(PREWARM_SECONDS);
    while (System.nanoTime() < end) {
      api.getInvoice(INVOICE_ID, AT_LOCATION);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    for (AutoCloseable closeable : closeables) {
      closeable.close();
    }
    closeables.clear();
    server.stop(0);
    serverThreads.shutdownNow();
  }

  /** Latency of one call, one thread. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Threads(1)
  public Invoice latency() {
    return api.getInvoice(INVOICE_ID, AT_LOCATION);
  }

  /** Calls completed by 8 threads sharing one client (one connection pool). */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Threads(8)
  public Invoice throughput8Threads() {
    return api.getInvoice(INVOICE_ID, AT_LOCATION);
  }

  private Client client(String name) {
    switch (name) {
      case "okhttp": {
        okhttp3.OkHttpClient ok = new okhttp3.OkHttpClient();
        closeables.add(() -> close(ok));
        return new feign.okhttp.OkHttpClient(ok);
      }
      case "okhttp-sdk": {
        // Same settings as InvoicesClient's default OkHttp client.
        okhttp3.OkHttpClient ok = new okhttp3.OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(16, 30, TimeUnit.SECONDS))
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .followSslRedirects(false)
            .build();
        closeables.add(() -> close(ok));
        return new feign.okhttp.OkHttpClient(ok);
      }
      case "java11":
        return new Http2Client();
      case "hc5": {
        // Exactly what new ApacheHttp5Client() builds, kept so it can be closed.
        CloseableHttpClient hc = HttpClientBuilder.create().build();
        closeables.add(hc);
        return new ApacheHttp5Client(hc);
      }
      case "hc5-pool16": {
        CloseableHttpClient hc = HttpClientBuilder.create()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(16)
                .setMaxConnTotal(32)
                .build())
            .build();
        closeables.add(hc);
        return new ApacheHttp5Client(hc);
      }
      default:
        throw new IllegalArgumentException("unknown transport " + name);
    }
  }

  private static void close(okhttp3.OkHttpClient ok) {
    ok.dispatcher().executorService().shutdown();
    ok.connectionPool().evictAll();
  }

  private static void answer(HttpExchange exchange, byte[] body) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
      String path = exchange.getRequestURI().getRawPath();
      if (!"GET".equals(exchange.getRequestMethod()) || !path.equals("/invoices/" + INVOICE_ID)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  /** Reads JSON bodies with a shared mapper; a cached reader per return type. */
  static final class JacksonDecoder implements Decoder {
    private final ObjectMapper mapper;
    private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

    JacksonDecoder(ObjectMapper mapper) {
      this.mapper = mapper;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
      if (response.body() == null) {
        return null;
      }
      ObjectReader reader = readers.computeIfAbsent(type, t -> mapper.readerFor(mapper.constructType(t)));
      try (InputStream in = response.body().asInputStream()) {
        return reader.readValue(in);
      }
    }
  }
}
