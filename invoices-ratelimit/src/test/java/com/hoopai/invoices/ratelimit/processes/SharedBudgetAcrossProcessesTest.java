package com.hoopai.invoices.ratelimit.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.ratelimit.TestServers;
import com.hoopai.invoices.ratelimit.jdbc.PostgresRateLimitStore;
import com.hoopai.invoices.sandbox.HoopAiSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The proof with processes, not threads: replicas of one app, each its own JVM ({@link ChildProcess}), call
 * one location of the sandbox at a scaled-down limit (40 requests per 2 s, 429 with {@code Retry-After} above
 * it), sharing one budget through PostgreSQL, then Redis. Counted: the 429s the sandbox sent, the calls that
 * failed, and the combined pace against the limit. Then the same with the store cut off in the middle of the
 * run, and one JVM alone as the baseline. Each run's figures are written to
 * {@code target/shared-budget-across-processes.txt}.
 */
class SharedBudgetAcrossProcessesTest {

  private static final int MAX = 40;
  private static final Duration WINDOW = Duration.ofSeconds(2);
  private static final double LIMIT_PER_SECOND = MAX / (WINDOW.toMillis() / 1000.0);
  private static final int CALLS = 300;
  private static final int THREADS_PER_PROCESS = 4;
  private static final Path RESULTS = Path.of("target", "shared-budget-across-processes.txt");

  private static HoopAiSandbox sandbox;
  private static String table;

  @BeforeAll
  static void startSandbox() throws IOException {
    sandbox = HoopAiSandbox.builder().rateLimit(MAX, WINDOW).recordRequests(false).start();
    Files.createDirectories(RESULTS.getParent());
    Files.writeString(RESULTS, "");
  }

  @AfterAll
  static void stopSandbox() throws Exception {
    if (sandbox != null) {
      sandbox.close();
    }
    if (table != null) {
      try (Connection connection = TestServers.postgres().getConnection();
           Statement statement = connection.createStatement()) {
        statement.execute("DROP TABLE IF EXISTS " + table);
      }
    }
  }

  @Test
  void oneProcessAloneMeetsNo429() throws Exception {
    Run run = run("one process, in-process budget", "local", 1, null);

    assertThat(run.ok()).isEqualTo(CALLS);
    assertThat(run.failed()).isZero();
    assertThat(run.limited()).isZero();
  }

  @Test
  void threeProcessesSharingPostgresMeetNo429AndKeepThePace() throws Exception {
    Run run = run("three processes, PostgreSQL", postgresStore(), 3, null);

    assertThat(run.failed()).as(run.toString()).isZero();
    assertThat(run.limited()).as(run.toString()).isZero();
    assertThat(run.perSecond()).as(run.toString()).isGreaterThanOrEqualTo(0.9 * LIMIT_PER_SECOND);
  }

  @Test
  void threeProcessesSharingRedisMeetNo429AndKeepThePace() throws Exception {
    Run run = run("three processes, Redis", TestServers.redisUrl(), 3, null);

    assertThat(run.failed()).as(run.toString()).isZero();
    assertThat(run.limited()).as(run.toString()).isZero();
    assertThat(run.perSecond()).as(run.toString()).isGreaterThanOrEqualTo(0.9 * LIMIT_PER_SECOND);
  }

  @Test
  void noCallFailsWhenRedisGoesDownMidRun() throws Exception {
    Run run = run("three processes, Redis cut off after 5 s", TestServers.redisUrl(), 3, Duration.ofSeconds(5));

    assertThat(run.ok()).as(run.toString()).isEqualTo(CALLS);
    assertThat(run.failed()).as(run.toString()).isZero();
  }

  @Test
  void noCallFailsWhenPostgresGoesDownMidRun() throws Exception {
    Run run = run("three processes, PostgreSQL cut off after 5 s", postgresStore(), 3, Duration.ofSeconds(5));

    assertThat(run.ok()).as(run.toString()).isEqualTo(CALLS);
    assertThat(run.failed()).as(run.toString()).isZero();
  }

  private static synchronized String postgresStore() {
    String url = TestServers.postgresUrl();
    if (table == null) {
      table = TestServers.uniqueTable();
      DataSource dataSource = TestServers.postgres();
      PostgresRateLimitStore.builder(dataSource).table(table).build().createTableIfMissing().close();
    }
    return url;
  }

  /** Runs {@code processes} children sharing {@value #CALLS} calls, the store cut off after {@code cutAfter}. */
  private static Run run(String name, String store, int processes, Duration cutAfter) throws Exception {
    String location = "loc-" + UUID.randomUUID().toString().substring(0, 8);
    String app = TestServers.uniqueApp();
    long limitedBefore = sandbox.rateLimits().rejectedCount();
    try (CuttableProxy proxy = store.equals("local") ? null : proxyFor(store)) {
      String storeUrl = proxy == null ? store : throughProxy(store, proxy.port());
      long startAt = System.currentTimeMillis() + 6000;   // every JVM is up and warm by then
      List<Process> children = new ArrayList<>();
      List<Path> outputs = new ArrayList<>();
      for (int i = 0; i < processes; i++) {
        Path out = Files.createTempFile("child-out", ".txt");
        Path err = Files.createTempFile("child-err", ".txt");
        outputs.add(out);
        int calls = CALLS / processes + (i < CALLS % processes ? 1 : 0);
        children.add(new ProcessBuilder(javaCommand(storeUrl, location, app, calls, startAt))
            .redirectOutput(out.toFile()).redirectError(err.toFile()).start());
      }
      if (cutAfter != null) {
        TimeUnit.MILLISECONDS.sleep(startAt - System.currentTimeMillis() + cutAfter.toMillis());
        proxy.cut();
      }
      for (Process child : children) {
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("a child finished").isTrue();
      }
      Run run = Run.of(name, outputs, sandbox.rateLimits().rejectedCount() - limitedBefore);
      Files.writeString(RESULTS, run + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      return run;
    }
  }

  private static CuttableProxy proxyFor(String url) throws IOException {
    Matcher m = HOST_PORT.matcher(url);
    assertThat(m.find()).as("host and port in the store URL").isTrue();
    return new CuttableProxy(m.group(1), Integer.parseInt(m.group(2)));
  }

  private static String throughProxy(String url, int port) {
    Matcher m = HOST_PORT.matcher(url);
    m.find();
    return url.substring(0, m.start()) + "//127.0.0.1:" + port + url.substring(m.end());
  }

  private static final Pattern HOST_PORT = Pattern.compile("//(?:[^@/]*@)?([^:/?]+):(\\d+)");

  private static List<String> javaCommand(String store, String location, String app, int calls, long startAt) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-XX:TieredStopAtLevel=1",
        "-cp", classPath, "-Dtable=" + (table == null ? "unused" : table), ChildProcess.class.getName(),
        sandbox.baseUrl(), sandbox.accessToken(), location, store, app, String.valueOf(calls),
        String.valueOf(THREADS_PER_PROCESS), String.valueOf(startAt)));
    return command;
  }

  /** What one run's children reported, and the 429s the sandbox sent meanwhile. */
  record Run(String name, int ok, int failed, long limited, long millis, String failures) {

    private static final Pattern RESULT = Pattern.compile(
        "RESULT ok=(\\d+) failed=(\\d+) first=(\\d+) last=(\\d+) failures=(\\{.*})");

    static Run of(String name, List<Path> outputs, long limited) throws IOException {
      int ok = 0;
      int failed = 0;
      long first = Long.MAX_VALUE;
      long last = 0;
      StringBuilder failures = new StringBuilder();
      for (Path output : outputs) {
        String text = Files.readString(output);
        Matcher m = RESULT.matcher(text);
        assertThat(m.find()).as("a child's result line in: %s", text).isTrue();
        ok += Integer.parseInt(m.group(1));
        failed += Integer.parseInt(m.group(2));
        first = Math.min(first, Long.parseLong(m.group(3)));
        last = Math.max(last, Long.parseLong(m.group(4)));
        failures.append(m.group(5));
      }
      return new Run(name, ok, failed, limited, last - first, failures.toString());
    }

    double perSecond() {
      return ok * 1000.0 / millis;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "%s: %d ok, %d failed %s, %d answered 429, %.1f s, %.1f calls/s (limit %.0f/s, %.0f %%)", name, ok, failed,
          failures, limited, millis / 1000.0, perSecond(), LIMIT_PER_SECOND, 100 * perSecond() / LIMIT_PER_SECOND);
    }
  }
}
