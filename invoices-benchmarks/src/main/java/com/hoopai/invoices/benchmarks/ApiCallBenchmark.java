package com.hoopai.invoices.benchmarks;

import java.util.concurrent.TimeUnit;
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
 * Per-call cost of the three clients ({@code -p client=raw,sdk,generated}) against the canned loopback
 * server: latency of getInvoice, createInvoice, a 100-invoice page and the same page with filters
 * ({@code SampleTime}: average and percentiles, one thread), and getInvoice throughput with 1, 8 and 32
 * threads sharing one client. Run with
 * {@code -prof gc} for the bytes allocated per call. See BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ApiCallBenchmark {

  /** Seconds of single-thread calls before JMH's warm-up, so the JIT has a core to itself (2-core machine). */
  static final long PREWARM_SECONDS = 10;

  /** Which client: {@code raw} (hand-written OkHttp + Jackson), {@code sdk} or {@code generated}. */
  @Param({"raw", "sdk", "generated"})
  public String client;

  private ClientUnderTest underTest;
  private InvoiceCalls calls;

  /** Starts the server, builds and checks the client, and pre-warms it. */
  @Setup(Level.Trial)
  public void setUp() {
    underTest = ClientUnderTest.start(client);
    underTest.verify();
    calls = underTest.calls();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(PREWARM_SECONDS);
    while (System.nanoTime() < end) {
      calls.getInvoice();
      calls.createInvoice();
      calls.listInvoices();
      calls.listInvoicesFiltered();
    }
  }

  /** Checks the server accepted every measured request, then stops both. */
  @TearDown(Level.Trial)
  public void tearDown() {
    try {
      underTest.checkServer();
    } finally {
      underTest.close();
    }
  }

  /** {@code GET /invoices/{id}}, one thread. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Object getInvoice() {
    return calls.getInvoice();
  }

  /** {@code POST /invoices/}, one thread. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Object createInvoice() {
    return calls.createInvoice();
  }

  /** {@code GET /invoices/?limit=100}, one thread. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Object listInvoices100() {
    return calls.listInvoices();
  }

  /** {@code GET /invoices/?limit=100} with a status, a date range and a sort order, one thread. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Object listInvoices100Filtered() {
    return calls.listInvoicesFiltered();
  }

  /** getInvoice calls per millisecond, one thread. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Threads(1)
  public Object throughput1Thread() {
    return calls.getInvoice();
  }

  /** getInvoice calls per millisecond, 8 threads sharing the client. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Threads(8)
  public Object throughput8Threads() {
    return calls.getInvoice();
  }

  /** getInvoice calls per millisecond, 32 threads sharing the client. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Threads(32)
  public Object throughput32Threads() {
    return calls.getInvoice();
  }
}
