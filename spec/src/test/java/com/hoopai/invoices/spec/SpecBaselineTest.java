package com.hoopai.invoices.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.apicheck.ApiBaseline;
import com.hoopai.invoices.apicheck.SpecDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build's report of API changes in the spec: compared with the committed baseline copy
 * ({@code spec/api-baseline/invoices-api.yaml}) by openapi-diff, every added, changed or removed operation,
 * parameter and property is printed by name, and a breaking one fails the build until the baselines are
 * updated on purpose with {@code tools/update-api-baselines.sh}.
 */
class SpecBaselineTest {

  private static final Path SPEC = Path.of(System.getProperty("spec.file", "src/main/openapi/invoices-api.yaml"));
  private static final Path BASELINE = Path.of(System.getProperty("api.baseline.dir", "api-baseline"))
      .resolve("invoices-api.yaml");

  @Test
  void theSpecHasNoBreakingChangeSinceItsBaseline() throws IOException {
    ApiBaseline baseline = new ApiBaseline("the spec (invoices-api.yaml)", BASELINE, SpecDiff::between);
    String spec = Files.readString(SPEC);

    baseline.check(spec, ApiBaseline.updateRequested(), System.out);

    assertThat(BASELINE).as("the committed baseline").exists();
  }
}
