package com.hoopai.invoices.apicheck;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles a few Java sources into a directory, as a stand-in for a module's {@code target/classes}. */
final class CompiledSources {

  private CompiledSources() {
  }

  /**
   * @param dir     where sources and classes go
   * @param sources file path (under the source root) to source text
   * @return the classes directory
   */
  static Path compile(Path dir, Map<String, String> sources) {
    try {
      Path src = dir.resolve("src");
      Path classes = dir.resolve("classes");
      Files.createDirectories(classes);
      List<String> arguments = new ArrayList<>(List.of("--release", "17", "-d", classes.toString()));
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Path file = src.resolve(source.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue());
        arguments.add(file.toString());
      }
      JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
      StringWriter errors = new StringWriter();
      int status = compiler.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
        @Override
        public void write(int b) {
          errors.write(b);
        }
      }), arguments.toArray(String[]::new));
      if (status != 0) {
        throw new IllegalStateException("javac failed:\n" + errors);
      }
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static URLClassLoader loader(Path classes) {
    try {
      return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
