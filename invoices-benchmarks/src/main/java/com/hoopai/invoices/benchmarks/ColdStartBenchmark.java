package com.hoopai.invoices.benchmarks;

import java.io.IOException;
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
 * The first call in a fresh JVM: building the client and its first getInvoice, once per fork
 * ({@code SingleShotTime}, no warm-up). Before it, the fork has only started the canned server, whose
 * payloads come from SnakeYAML and a small JSON writer: nothing of OkHttp, Feign, Jackson, Resilience4j or
 * the SDK is loaded yet. Each fork is one sample; the score is their mean.
 */
@State(Scope.Benchmark)
@Fork(value = 15, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ColdStartBenchmark {

  /** Which client: {@code raw}, {@code sdk} or {@code generated}. */
  @Param({"raw", "sdk", "generated"})
  public String client;

  private Payloads payloads;
  private CannedApiServer server;
  private InvoiceCalls calls;
  private Object firstAnswer;

  /** Starts the server only. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    payloads = Payloads.fromSpec();
    server = CannedApiServer.start(payloads);
  }

  /** Checks the call was accepted, then stops client and server. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try {
      if (firstAnswer == null || !firstAnswer.toString().contains(Payloads.INVOICE_ID)) {
        throw new IllegalStateException(client + " did not decode the invoice: " + firstAnswer);
      }
      if (server.requests() != 1 || server.refused() != 0) {
        throw new IllegalStateException(client + ": expected one accepted request, the server saw "
            + server.requests() + " with " + server.refused() + " refused");
      }
    } finally {
      if (calls != null) {
        calls.close();
      }
      server.close();
    }
  }

  /**
   * Builds the client and makes its first call.
   *
   * @return the decoded invoice
   */
  @Benchmark
  public Object buildAndFirstGetInvoice() {
    calls = InvoiceCalls.create(client, server.baseUrl(), payloads);
    firstAnswer = calls.getInvoice();
    return firstAnswer;
  }
}
