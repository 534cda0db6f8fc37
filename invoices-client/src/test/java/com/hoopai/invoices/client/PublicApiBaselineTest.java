package com.hoopai.invoices.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.apicheck.ApiBaseline;
import com.hoopai.invoices.apicheck.JavaApiDiff;
import com.hoopai.invoices.apicheck.JavaApiDump;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build's report of changes to the client's public Java API, generated and hand-written: the compiled
 * classes of {@code com.hoopai.invoices.api}, {@code .model}, {@code .client} and its sub-packages (never an
 * {@code internal} one) are dumped as text, one line per type and member, and compared line by line with the
 * committed {@code invoices-client/api-baseline/hoopai-invoices-client.api}. Additions are printed; a removed
 * or changed type or member fails the build until the baselines are updated on purpose with {@code
 * tools/update-api-baselines.sh}.
 */
class PublicApiBaselineTest {

  static final List<String> PUBLIC_PACKAGES =
      List.of("com.hoopai.invoices.api", "com.hoopai.invoices.model", "com.hoopai.invoices.client");

  private static final Path CLASSES = Path.of(System.getProperty("api.classes.dir", "target/classes"));
  private static final Path BASELINE = Path.of(System.getProperty("api.baseline.dir", "api-baseline"))
      .resolve("hoopai-invoices-client.api");

  private static final String HEADER = """
      # The public Java API of hoopai-invoices-client (generated and hand-written), one line per type and
      # member, checked by PublicApiBaselineTest. Do not edit: rewrite it on purpose with
      # tools/update-api-baselines.sh and commit it with the change.
      """;

  @Test
  void thePublicApiHasNoBreakingChangeSinceItsBaseline() {
    List<String> dump = JavaApiDump.of(CLASSES, getClass().getClassLoader(), PUBLIC_PACKAGES);
    ApiBaseline baseline = new ApiBaseline("the public Java API of hoopai-invoices-client", BASELINE,
        (before, after) -> JavaApiDiff.between(before.lines().toList(), after.lines().toList()));

    baseline.check(HEADER + String.join("\n", dump) + "\n", ApiBaseline.updateRequested(), System.out);

    assertThat(dump).as("types dumped").anyMatch(line -> line.startsWith("type InvoicesClient:"));
    assertThat(dump).as("no public type or signature from an internal package")
        .noneMatch(line -> line.contains("com.hoopai.invoices.client.internal."));
  }
}
