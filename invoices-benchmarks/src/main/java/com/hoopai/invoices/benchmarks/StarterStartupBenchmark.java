package com.hoopai.invoices.benchmarks;

import com.hoopai.invoices.client.InvoicesClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The startup time the Spring Boot starter adds to an application: a non-web Spring Boot application with no
 * beans of its own ({@link EmptyApplication}) is started, its context taken and closed, once per fresh JVM
 * ({@code SingleShotTime}, no warm-up: each fork is one sample, the score is their mean).
 * <ul>
 *   <li>{@code empty}: the starter's auto-configuration is excluded ({@code spring.autoconfigure.exclude}), so
 *       only Spring Boot's own auto-configurations run;
 *   <li>{@code starter}: the starter is on, and builds the {@link InvoicesClient} from
 *       {@code hoopai.invoices.base-url} and {@code hoopai.invoices.access-token}.
 * </ul>
 * The two differ in that one property and nothing else: the same {@code hoopai.invoices.*} properties are
 * set in both, and the operation asks the context for the {@link InvoicesClient} in both (the trial fails
 * unless {@code starter} had one and {@code empty} none).
 *
 * <p><b>Identical class path.</b> Both variants run from the same uber jar, so the starter, the SDK and all
 * their dependencies are on the class path of {@code empty} too, only not configured. The difference of the
 * two scores is therefore what the starter's auto-configuration does at startup (its conditions, binding the
 * properties, loading and building the client and its API proxies) and not the cost of a longer class path.
 *
 * <p>Banner off, root logging level {@code warn}, {@code spring.main.lazy-initialization} left at its default
 * (off), so every bean is built during startup. The jar has no Logback (no SLF4J provider, as for every other
 * benchmark here): Spring's log calls end in SLF4J's no-op logger and Spring Boot's logging system is
 * {@code java.util.logging}. An application with Logback starts slower, in both variants alike. No request is
 * made: the base URL is a loopback port that listens but never answers, and the trial fails if anything
 * connected to it (the starter must not call the API on startup).
 *
 * <pre>{@code java -jar target/hoopai-invoices-benchmarks-*-benchmarks.jar StarterStartupBenchmark}</pre>
 */
@State(Scope.Benchmark)
@Fork(value = 12, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StarterStartupBenchmark {

  /** The starter's auto-configuration, by name: nothing of it is loaded before the measured startup. */
  static final String STARTER_AUTO_CONFIGURATION =
      "com.hoopai.invoices.spring.autoconfigure.HoopAiInvoicesAutoConfiguration";

  /** The fixed bearer token ({@code hoopai.invoices.access-token}); never sent. */
  static final String ACCESS_TOKEN = "pit-benchmark-token";

  /** Which application: {@code empty} (starter excluded) or {@code starter}. */
  @Param({"empty", "starter"})
  public String app;

  private LoopbackListener listener;
  private String[] properties;
  private InvoicesClient client;

  /** Opens the loopback port the client is pointed at, and sets the application's properties. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    listener = LoopbackListener.open();
    List<String> settings = new ArrayList<>(List.of(
        "logging.level.root=warn",
        "hoopai.invoices.base-url=" + listener.baseUrl(),
        "hoopai.invoices.access-token=" + ACCESS_TOKEN));
    switch (app) {
      case "empty" -> settings.add("spring.autoconfigure.exclude=" + STARTER_AUTO_CONFIGURATION);
      case "starter" -> { }
      default -> throw new IllegalArgumentException("app must be empty or starter, not " + app);
    }
    properties = settings.toArray(String[]::new);
  }

  /**
   * Fails unless {@code starter} built the client and {@code empty} did not, or if anything connected to the
   * loopback port; then closes it.
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try {
      boolean expected = app.equals("starter");
      if (expected != (client != null)) {
        throw new IllegalStateException(app + ": expected " + (expected ? "an" : "no")
            + " InvoicesClient bean, the context had " + client);
      }
      int connections = listener.connectionsMade();
      if (connections != 0) {
        throw new IllegalStateException(app + ": the application connected to " + listener.baseUrl() + " "
            + connections + " time(s) on startup");
      }
    } finally {
      listener.close();
    }
  }

  /**
   * Starts the application, takes the client bean (if any) and closes the application.
   *
   * @return the closed context
   */
  @Benchmark
  public Object startAndClose() {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EmptyApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .properties(properties)
        .run()) {
      client = context.getBeanProvider(InvoicesClient.class).getIfAvailable();
      return context;
    }
  }

  /** An application with no beans of its own: only what auto-configuration adds. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class EmptyApplication {
  }
}
