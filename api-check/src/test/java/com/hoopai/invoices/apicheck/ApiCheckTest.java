package com.hoopai.invoices.apicheck;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point as the build calls it: arguments in, a failure naming the breaking changes out. */
class ApiCheckTest {

  /** The report goes nowhere: the assertions read the failure, and a green build stays quiet. */
  private static final PrintStream SINK = new PrintStream(OutputStream.nullOutputStream());

  @Test
  void theSpecCheckFailsNamingARemovedOperation(@TempDir Path dir) throws IOException {
    String spec = new String(getClass().getResourceAsStream("/specs/widgets.yaml").readAllBytes());
    Path baseline = Files.writeString(dir.resolve("baseline.yaml"), spec);
    Path current = Files.writeString(dir.resolve("current.yaml"), SpecDiffTest.edit(spec,
        "    delete:\n      operationId: deleteWidget\n", "    delete:\n      operationId: removeWidget\n"));

    assertThatThrownBy(() -> ApiCheck.run(new String[] {"spec", current.toString(), baseline.toString()}, SINK))
        .isInstanceOf(BreakingApiChangeException.class)
        .hasMessageContaining("operation deleteWidget renamed to removeWidget");
  }

  @Test
  void theJavaCheckPassesOnItsOwnBaselineAndFailsNamingARemovedMethod(@TempDir Path dir) throws IOException {
    Path v1 = CompiledSources.compile(dir.resolve("v1"), Map.of("com/example/api/Widget.java",
        "package com.example.api; public class Widget { public String getName() { return null; } }"));
    Path v2 = CompiledSources.compile(dir.resolve("v2"), Map.of("com/example/api/Widget.java",
        "package com.example.api; public class Widget { }"));
    Path baseline = dir.resolve("api/widgets.api");

    // The baseline of v1 (as the update command writes it), then v1 and v2 against it.
    Files.createDirectories(baseline.getParent());
    try (var loader = CompiledSources.loader(v1)) {
      Files.writeString(baseline, String.join("\n", JavaApiDump.of(v1, loader, List.of("com.example.api"))) + "\n");
    }

    assertThatCode(() -> runJava(v1, baseline)).doesNotThrowAnyException();
    assertThatThrownBy(() -> runJava(v2, baseline))
        .isInstanceOf(BreakingApiChangeException.class)
        .hasMessageContaining("- method Widget.getName(): String  [breaking]");
  }

  @Test
  void theJavaCheckFailsNamingAPublicSignatureThatExposesAnInternalType(@TempDir Path dir) throws IOException {
    Path classes = CompiledSources.compile(dir.resolve("v1"), Map.of(
        "com/example/api/Widget.java",
        "package com.example.api; public class Widget { public com.example.api.internal.Part part() { return null; } }",
        "com/example/api/internal/Part.java",
        "package com.example.api.internal; public class Part { }"));
    Path baseline = dir.resolve("api/widgets.api");
    Files.createDirectories(baseline.getParent());
    try (var loader = CompiledSources.loader(classes)) {
      Files.writeString(baseline, String.join("\n", JavaApiDump.of(classes, loader, List.of("com.example.api"))) + "\n");
    }

    assertThatThrownBy(() -> runJava(classes, baseline))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("names types of internal packages")
        .hasMessageContaining("method Widget.part(): com.example.api.internal.Part");
  }

  @Test
  void otherArgumentsAreRefusedWithTheUsage() {
    assertThatThrownBy(() -> ApiCheck.main(new String[] {"kotlin"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Usage: spec <spec file> <baseline file> | java <classes dir>");
  }

  private static void runJava(Path classes, Path baseline) throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (var loader = CompiledSources.loader(classes)) {
      thread.setContextClassLoader(loader);
      ApiCheck.run(new String[] {"java", classes.toString(), baseline.toString(), "com.example.api"}, SINK);
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
