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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading all 10,000 invoices of a list, 100 per request: the SDK's {@code listInvoicesAutoPaging} stream
 * against the offset loop a user writes by hand around raw OkHttp + Jackson or around the plain generated
 * client. One operation is the whole walk (100 requests, about 34 MB of JSON).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AutoPagingBenchmark {

  /** Which client: {@code raw}, {@code sdk} or {@code generated}. */
  @Param({"raw", "sdk", "generated"})
  public String client;

  private ClientUnderTest underTest;

  /** Starts the server, builds and checks the client. */
  @Setup(Level.Trial)
  public void setUp() {
    underTest = ClientUnderTest.start(client);
    underTest.verify();
  }

  /** Checks the server accepted every request, then stops both. */
  @TearDown(Level.Trial)
  public void tearDown() {
    try {
      underTest.checkServer();
    } finally {
      underTest.close();
    }
  }

  /**
   * Every invoice, page by page.
   *
   * @return how many were read (10,000)
   */
  @Benchmark
  public long readAll10000Invoices() {
    return underTest.calls().readAllInvoices();
  }
}
