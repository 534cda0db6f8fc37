package com.hoopai.invoices.apicheck;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One API and its committed baseline: prints what changed since the baseline, by name, and fails on a
 * breaking change unless the baseline is being updated on purpose.
 *
 * <p>The update is asked for with the system property {@value #UPDATE_PROPERTY} (Maven passes {@code
 * -Dhoopai.api.update-baseline} on to the tests); {@value #UPDATE_COMMAND} sets it and runs only the
 * checks. Without it the baseline file is never written. Additions are printed and do not fail.
 *
 * <pre>{@code
 * ApiBaseline spec = new ApiBaseline("the spec", Path.of("api-baseline/invoices-api.yaml"), SpecDiff::between);
 * spec.check(Files.readString(specFile), ApiBaseline.updateRequested(), System.out);
 * }</pre>
 */
public final class ApiBaseline {

  /** The system property that makes {@link #check} rewrite the baseline instead of failing. */
  public static final String UPDATE_PROPERTY = "hoopai.api.update-baseline";

  /** The one command, from the repository root, that rewrites every baseline. */
  public static final String UPDATE_COMMAND = "tools/update-api-baselines.sh";

  private final String what;
  private final Path file;
  private final String shownFile;
  private final BiFunction<String, String, List<ApiChange>> differ;

  /**
   * Describes one API and where its baseline lives.
   *
   * @param what   the API's name in messages, e.g. {@code "the public Java API of hoopai-invoices-client"}
   * @param file   the committed baseline
   * @param differ compares the baseline's text with the current text, giving the changes by name
   */
  public ApiBaseline(String what, Path file, BiFunction<String, String, List<ApiChange>> differ) {
    this.what = Objects.requireNonNull(what, "what");
    this.file = Objects.requireNonNull(file, "file");
    this.shownFile = shown(file);
    this.differ = Objects.requireNonNull(differ, "differ");
  }

  /**
   * Whether this run should rewrite the baselines: the system property {@value #UPDATE_PROPERTY} is set,
   * empty or {@code true}.
   *
   * @return true to update
   */
  public static boolean updateRequested() {
    String value = System.getProperty(UPDATE_PROPERTY);
    return value != null && (value.isEmpty() || value.equalsIgnoreCase("true"));
  }

  /**
   * Compares the current API with the baseline and prints the changes (nothing when there are none).
   *
   * @param current the current API, in the baseline's format
   * @param update  true to write {@code current} as the new baseline instead of failing
   * @param out     where the changes are printed
   * @return the changes found, before any update
   * @throws BreakingApiChangeException when a change is breaking and {@code update} is false, naming each
   *                                    breaking change and the command that accepts them
   */
  public List<ApiChange> check(String current, boolean update, PrintStream out) {
    if (!Files.exists(file)) {
      if (!update) {
        throw new BreakingApiChangeException("There is no baseline of " + what + " at " + shownFile
            + ". Write it with: " + UPDATE_COMMAND);
      }
      write(current);
      out.println("Wrote the baseline of " + what + ": " + shownFile);
      return List.of();
    }
    String baseline = read();
    List<ApiChange> changes = differ.apply(baseline, current);
    if (update && !baseline.equals(current)) {
      write(current);
    }
    if (changes.isEmpty()) {
      if (update && !baseline.equals(current)) {
        out.println("Rewrote the baseline of " + what + " (no API change): " + shownFile);
      }
      return changes;
    }
    StringBuilder report = new StringBuilder("API changes in " + what + " since its baseline " + shownFile + ":");
    changes.forEach(change -> report.append(System.lineSeparator()).append("  ").append(change));
    List<ApiChange> breaking = changes.stream().filter(ApiChange::breaking).toList();
    if (update) {
      report.append(System.lineSeparator()).append("  (baseline updated)");
    } else if (breaking.isEmpty()) {
      report.append(System.lineSeparator()).append("  (none is breaking; ").append(UPDATE_COMMAND)
          .append(" records them in the baseline)");
    }
    out.println(report);
    if (!update && !breaking.isEmpty()) {
      StringBuilder message = new StringBuilder(breaking.size() + " breaking change"
          + (breaking.size() == 1 ? "" : "s") + " in " + what + " since its baseline " + shownFile + ":");
      breaking.forEach(change -> message.append(System.lineSeparator()).append("  ").append(change));
      message.append(System.lineSeparator()).append("If intended, update the baselines (and commit them): ")
          .append(UPDATE_COMMAND);
      throw new BreakingApiChangeException(message.toString());
    }
    return changes;
  }

  /** The file relative to the working directory when it is below it: shorter in the build's output. */
  private static String shown(Path file) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
  }

  private String read() {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the baseline " + file, e);
    }
  }

  private void write(String current) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, current, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the baseline " + file, e);
    }
  }
}
