package com.hoopai.invoices.apicheck;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The build's entry point (run by {@code exec:java} right after the classes are compiled, before any test):
 * checks one module's API against its committed baseline, prints the changes by name and fails the build on
 * a breaking one, unless {@value ApiBaseline#UPDATE_PROPERTY} is set, in which case the baseline is
 * rewritten. A public signature that names a type of an {@code internal} package fails it either way.
 *
 * <pre>{@code
 * // the spec:             spec <spec file> <baseline file>
 * ApiCheck.main(new String[] {"spec", "src/main/openapi/invoices-api.yaml", "api-baseline/invoices-api.yaml"});
 * // a module's Java API:  java <classes dir> <baseline file> <package>...
 * ApiCheck.main(new String[] {"java", "target/classes", "api-baseline/hoopai-invoices-client.api",
 *     "com.hoopai.invoices.api", "com.hoopai.invoices.model", "com.hoopai.invoices.client"});
 * }</pre>
 */
public final class ApiCheck {

  private static final String JAVA_HEADER = """
      # The public Java API of %s (generated and hand-written): one line per type and member,
      # compared line by line with each build's dump of the compiled classes. Do not edit: rewrite it
      # on purpose with %s and commit it with the change.
      """;

  private ApiCheck() {
  }

  /**
   * Runs one check.
   *
   * @param args {@code spec <spec file> <baseline file>}, or {@code java <classes dir> <baseline file>
   *             <package>...}
   * @throws BreakingApiChangeException naming every breaking change, unless the baseline is being updated
   * @throws IllegalArgumentException   on other arguments
   */
  public static void main(String[] args) {
    run(args, System.out);
  }

  /** {@link #main}, printing to {@code out}. */
  static void run(String[] args, PrintStream out) {
    if (args.length == 3 && args[0].equals("spec")) {
      Path baseline = Path.of(args[2]);
      new ApiBaseline("the spec (" + Path.of(args[1]).getFileName() + ")", baseline, SpecDiff::between)
          .check(read(Path.of(args[1])), ApiBaseline.updateRequested(), out);
    } else if (args.length >= 4 && args[0].equals("java")) {
      Path baseline = Path.of(args[2]);
      String module = baseline.getFileName().toString().replaceFirst("\\.api$", "");
      List<String> packages = Arrays.asList(args).subList(3, args.length);
      List<String> dump = JavaApiDump.of(Path.of(args[1]), Thread.currentThread().getContextClassLoader(),
          packages);
      refuseInternalTypes(module, dump);
      String current = JAVA_HEADER.formatted(module, ApiBaseline.UPDATE_COMMAND) + String.join("\n", dump) + "\n";
      new ApiBaseline("the public Java API of " + module, baseline,
          (before, after) -> JavaApiDiff.between(before.lines().toList(), after.lines().toList()))
          .check(current, ApiBaseline.updateRequested(), out);
    } else {
      throw new IllegalArgumentException("Usage: spec <spec file> <baseline file>"
          + " | java <classes dir> <baseline file> <package>...; given " + Arrays.toString(args));
    }
  }

  /**
   * Fails when a public signature names a type of an {@code internal} package: callers would have to touch
   * a package with no compatibility promise. Never accepted into a baseline.
   */
  private static void refuseInternalTypes(String module, List<String> dump) {
    List<String> leaks = dump.stream().filter(line -> line.contains(".internal.")).toList();
    if (!leaks.isEmpty()) {
      throw new IllegalStateException("The public Java API of " + module + " names types of internal packages:\n  "
          + String.join("\n  ", leaks));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
