package com.hoopai.invoices.benchmarks;

import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.client.CallListener;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.ratelimit.RateLimitBands;
import com.hoopai.invoices.client.ratelimit.RateLimitKey;
import com.hoopai.invoices.client.ratelimit.RateLimitStore;
import com.hoopai.invoices.model.GetInvoiceParams;
import com.hoopai.invoices.model.Invoice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
 * What sharing the rate budget between replicas costs per call ({@code -p store=...}, see {@link BudgetStore}):
 * <ul>
 *   <li>{@code book}: one booking, the call the governor makes before each request
 *       ({@link RateLimitStore#reserve}), one thread; {@code book8Threads}: bookings per millisecond from 8
 *       threads on the same location, where the PostgreSQL lock managers differ;
 *   <li>{@code getInvoice}: a whole SDK call against the canned loopback server, with the client's default
 *       store ({@code local}, the baseline) or the named one: what a user pays per call. The calls go to
 *       {@value #LOCATIONS} locations in turn (the canned server accepts any location id that begins with the
 *       spec's), as an agency's do.
 * </ul>
 * The stores book the limits the canned server announces (far above what one machine sends), so the figures
 * are the store's cost, not pacing. The locations are rotated because a shared store's bucket holds one
 * request (its burst) and Bucket4j refills it on a millisecond clock: on one location, a call within the same
 * millisecond as the previous one is told to wait for the next millisecond, which no real limit (100 per
 * 10 s) ever asks for but which would measure as the store's cost here. A booking's answer is returned, not
 * waited for, so {@code book} uses one location. Needs {@code HOOPAI_TEST_POSTGRES_URL} and
 * {@code HOOPAI_TEST_REDIS_URL} for the server stores. Before measuring, each trial checks the client end to
 * end and that its bookings reached the server; after, that the server refused no request and the store never
 * failed (a failing store makes the client pace in its process, which would measure as a fast store). See
 * BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SharedBudgetBenchmark {

  /** Seconds of single-thread calls and bookings before JMH's warm-up (2-core machine: the JIT needs a core). */
  static final long PREWARM_SECONDS = 4;
  /** The limits the canned server announces, as the governor books them once it has read an answer. */
  static final RateLimitBands CANNED_BANDS = new RateLimitBands(CannedAnswers.RATE_LIMIT_MAX,
      Duration.ofSeconds(10), CannedAnswers.RATE_LIMIT_DAILY);
  /** How many locations {@code getInvoice} calls in turn: each one's bucket sees a call every few ms. */
  static final int LOCATIONS = 32;
  /** The longest wait the governor accepts from a shared store. */
  static final long MAX_WAIT_NANOS = TimeUnit.MINUTES.toNanos(5);

  /** Which store: {@code local}, {@code bucket4j-memory}, {@code postgres-advisory}, {@code postgres-select-for-update}, {@code redis}. */
  @Param({"local", "bucket4j-memory", "postgres-advisory", "postgres-select-for-update", "redis"})
  public String store;

  private BudgetStore budget;
  private RateLimitStore bookings;
  private RateLimitKey key;
  private CannedApiServer server;
  private InvoicesClient client;
  private InvoicesApi invoices;
  private GetInvoiceParams[] params;
  private int next;
  private final AtomicInteger storeOutages = new AtomicInteger();
  private final AtomicReference<Throwable> firstOutage = new AtomicReference<>();

  /** Opens the store, starts the server, builds and checks the client, and pre-warms both. */
  @Setup(Level.Trial)
  public void setUp() {
    List<String> locations = new ArrayList<>();
    locations.add(Payloads.ALT_ID);
    for (int i = 1; i < LOCATIONS; i++) {
      locations.add(Payloads.ALT_ID + "-" + i);
    }
    budget = BudgetStore.open(store, locations);
    bookings = budget.store();
    key = budget.key(Payloads.ALT_ID);
    try {
      server = CannedApiServer.start(Payloads.fromSpec());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    InvoicesClient.Builder builder = InvoicesClient.builder()
        .baseUrl(server.baseUrl())
        .accessToken(Payloads.ACCESS_TOKEN)
        .callListener(new CallListener() {
          @Override
          public void onRateLimitStoreUnavailable(Throwable cause) {
            storeOutages.incrementAndGet();
            firstOutage.compareAndSet(null, cause);
          }
        });
    if (!store.equals("local")) {   // local: the client exactly as a user builds it, with its default store
      builder.rateLimitStore(budget.appId(), bookings);
    }
    client = builder.build();
    invoices = client.invoices();
    params = locations.stream().map(location -> GetInvoiceParams.builder().altId(location).build())
        .toArray(GetInvoiceParams[]::new);

    for (int i = 0; i < LOCATIONS; i++) {
      Invoice invoice = (Invoice) getInvoice();
      if (!Payloads.INVOICE_ID.equals(invoice.getId())) {
        throw new IllegalStateException(store + ": getInvoice did not decode the invoice");
      }
    }
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(PREWARM_SECONDS);
    while (System.nanoTime() < end) {
      getInvoice();
      if (book() < 0) {
        throw new IllegalStateException(store + ": a booking was refused; the benchmark's limits are too low");
      }
    }
    check();
  }

  /** Checks that the server accepted every request and the store answered every booking, then closes all. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try {
      check();
    } finally {
      try {
        client.close();
        server.close();
      } finally {
        budget.close();
      }
    }
  }

  /** One booking, as the governor makes it before a request; one thread. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public long book() {
    return bookings.reserve(key, CANNED_BANDS, MAX_WAIT_NANOS);
  }

  /** Bookings per millisecond, 8 threads booking the same location. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Threads(8)
  public long book8Threads() {
    return bookings.reserve(key, CANNED_BANDS, MAX_WAIT_NANOS);
  }

  /** {@code GET /invoices/{id}} through the SDK with the store, one thread, the next location each time. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Object getInvoice() {
    GetInvoiceParams location = params[next];
    next = next + 1 == LOCATIONS ? 0 : next + 1;
    return invoices.getInvoice(Payloads.INVOICE_ID, location);
  }

  private void check() {
    if (server.refused() > 0) {
      throw new IllegalStateException(store + ": the server refused " + server.refused() + " of "
          + server.requests() + " requests");
    }
    if (storeOutages.get() > 0 || client.rateLimitSummary().storeDegraded()) {
      throw new IllegalStateException(store + ": the store failed " + storeOutages.get()
          + " times; the client paced in its process instead, so these figures are void", firstOutage.get());
    }
    budget.checkBooked();
  }
}
