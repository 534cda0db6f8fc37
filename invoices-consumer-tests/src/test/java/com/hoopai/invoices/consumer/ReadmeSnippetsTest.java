package com.hoopai.invoices.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.sandbox.HoopAiSandbox;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README survives pasting: every {@code ```java} snippet compiles, with its imports, against the client,
 * the sandbox and the Spring Boot starter (the convention is in {@link ReadmeSnippets}), and the Quick start runs
 * against the sandbox as printed.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of(System.getProperty("readme.file", "../README.md"));
  private static List<ReadmeSnippets.Snippet> snippets;

  @TempDir
  Path classes;

  @BeforeAll
  static void readReadme() throws IOException {
    snippets = ReadmeSnippets.parse(Files.readString(README));
  }

  @Test
  void everyJavaSnippetCompiles() throws IOException {
    assertThat(snippets).as("java snippets in %s", README).hasSizeGreaterThanOrEqualTo(10);

    List<String> errors = compile(snippets, classes);

    assertThat(errors).as("compiler errors, by README line").isEmpty();
  }

  @Test
  void theQuickStartRunsAgainstTheSandboxAsPrinted() throws Exception {
    ReadmeSnippets.Snippet quickStart = snippets.stream().filter(s -> "quick-start".equals(s.run())).findFirst()
        .orElseThrow(() -> new AssertionError("no snippet marked <!-- run: quick-start -->"));
    assertThat(compile(List.of(quickStart), classes)).isEmpty();

    try (HoopAiSandbox sandbox = HoopAiSandbox.builder().accessToken("readme-token").start()) {
      ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", classes + File.pathSeparator + System.getProperty("java.class.path"),
          quickStart.packageName() + "." + quickStart.typeName())
          .redirectErrorStream(true);
      java.environment().put("HOOPAI_BASE_URL", sandbox.baseUrl());
      java.environment().put("HOOPAI_ACCESS_TOKEN", "readme-token");
      java.environment().put("HOOPAI_LOCATION_ID", sandbox.locationId());
      java.environment().put("HOOPAI_CONTACT_ID", "AmuzcoPBpgKeccNsFlib");
      Process process = java.start();
      boolean ended = process.waitFor(60, TimeUnit.SECONDS);
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(ended).as("the Quick start ended; it printed:%n%s", out).isTrue();
      assertThat(process.exitValue()).as("exit status; it printed:%n%s", out).isZero();
      assertThat(out).contains("draft");
      assertThat(sandbox.records().invoices()).hasSize(1);
    }
  }

  @Test
  void theSpringYamlLetsAnUnsetTokenBeEmptyInsteadOfItsPlaceholder() throws IOException {
    String readme = Files.readString(README);

    assertThat(readme).contains("access-token: ${HOOPAI_ACCESS_TOKEN:}").doesNotContain("${HOOPAI_ACCESS_TOKEN}");
  }

  /** Compiles the snippets into a directory; the errors, each naming its README line. */
  private static List<String> compile(List<ReadmeSnippets.Snippet> toCompile, Path into) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path sources = Files.createDirectories(into.resolve("src"));
    List<File> files = new ArrayList<>();
    List<ReadmeSnippets.Snippet> bySource = new ArrayList<>();
    for (ReadmeSnippets.Snippet snippet : toCompile) {
      Path dir = Files.createDirectories(sources.resolve(snippet.packageName().replace('.', '/')));
      Path file = dir.resolve(snippet.typeName() + ".java");
      Files.writeString(file, snippet.source());
      files.add(file.toFile());
      bySource.add(snippet);
    }
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      StringWriter output = new StringWriter();
      compiler.getTask(output, fileManager, diagnostics,
          List.of("-d", into.toString(), "-cp", System.getProperty("java.class.path"), "-proc:none",
              "--release", "17", "-Xlint:none"),
          null, fileManager.getJavaFileObjectsFromFiles(files)).call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> {
          String name = d.getSource() == null ? "" : d.getSource().getName();
          ReadmeSnippets.Snippet snippet = bySource.stream()
              .filter(s -> name.endsWith(s.packageName().replace('.', '/') + "/" + s.typeName() + ".java"))
              .findFirst().orElse(null);
          long line = snippet == null ? d.getLineNumber() : snippet.line() + d.getLineNumber() - 2;
          return "README.md:" + line + ": " + d.getMessage(Locale.ROOT);
        })
        .collect(Collectors.toList());
  }
}
