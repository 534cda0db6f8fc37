package com.hoopai.invoices.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ```java} snippets of a Markdown file, each turned into a compilation unit.
 *
 * <p>The convention README authors follow (README.md, "Snippets"):
 * <ul>
 *   <li>A snippet starts with the imports it needs, as a user pastes it.</li>
 *   <li>A snippet that declares a top-level type (a class, interface, record or enum, annotated or not) is
 *       compiled as it is, as one file.</li>
 *   <li>Any other snippet is statements: they are compiled as the body of a method. Variables the text uses
 *       without declaring them are declared in an HTML comment right above the fence, which Markdown does
 *       not show: {@code <!-- given: String locationId, InvoicesClient client -->}. Their types are resolved
 *       with the snippet's imports.</li>
 *   <li>{@code <!-- run: ... -->} above a fence marks a snippet a test runs (see ReadmeSnippetsTest).</li>
 * </ul>
 * Each snippet gets a package of its own ({@code readme.s1}, {@code readme.s2}...), so two snippets may declare
 * the same names.
 *
 * <pre>{@code
 * List<ReadmeSnippets.Snippet> snippets = ReadmeSnippets.parse(Files.readString(Path.of("README.md")));
 * }</pre>
 */
final class ReadmeSnippets {

  private static final Pattern FENCE = Pattern.compile("^```java\\s*$");
  private static final Pattern GIVEN = Pattern.compile("^<!--\\s*given:(.*?)-->\\s*$");
  private static final Pattern RUN = Pattern.compile("^<!--\\s*run:(.*?)-->\\s*$");
  private static final Pattern TYPE = Pattern.compile(
      "^(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*(?:(?:public|final|abstract|sealed)\\s+)*(?:class|interface|record|enum)"
          + "\\s+(\\w+)", Pattern.MULTILINE);

  private ReadmeSnippets() {
  }

  /** One snippet: where it is, what it says, and the Java file it becomes. */
  record Snippet(int number, int line, String text, String given, String run) {

    /** The package the snippet is compiled in. */
    String packageName() {
      return "readme.s" + number;
    }

    /** Whether the snippet declares its own top-level type. */
    boolean declaresType() {
      return TYPE.matcher(body()).find();
    }

    /** The name of the file's type: the snippet's first top-level type, or a wrapper. */
    String typeName() {
      Matcher type = TYPE.matcher(body());
      return type.find() ? type.group(1) : "Snippet" + number;
    }

    /**
     * The compilation unit: a package line, then the snippet line for line (so that compiler messages point at
     * README lines); statements are opened into a wrapper method on their first line and closed after the last.
     */
    String source() {
      StringBuilder java = new StringBuilder("package ").append(packageName()).append(";\n");
      boolean wrap = !declaresType();
      boolean opened = false;
      for (String line : text.split("\n", -1)) {
        if (wrap && !opened && !line.startsWith("import ") && !line.isBlank()) {
          java.append("class ").append(typeName()).append(" { void run(")
              .append(given == null ? "" : given.strip()).append(") throws Exception { ");
          opened = true;
        }
        java.append(line).append('\n');
      }
      if (wrap) {
        java.append(opened ? "}}\n" : "class " + typeName() + " {}\n");
      }
      return java.toString();
    }

    private String body() {
      StringBuilder body = new StringBuilder();
      for (String line : text.split("\n", -1)) {
        body.append(line.startsWith("import ") ? "" : line).append('\n');
      }
      return body.toString();
    }
  }

  /**
   * Every {@code ```java} snippet of a Markdown text, in order.
   *
   * @param markdown the text
   * @return the snippets
   */
  static List<Snippet> parse(String markdown) {
    String[] lines = markdown.split("\n", -1);
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (!FENCE.matcher(lines[i]).matches()) {
        continue;
      }
      String given = null;
      String run = null;
      for (int j = i - 1; j >= 0 && lines[j].startsWith("<!--"); j--) {
        Matcher g = GIVEN.matcher(lines[j]);
        Matcher r = RUN.matcher(lines[j]);
        if (g.matches()) {
          given = g.group(1).strip();
        } else if (r.matches()) {
          run = r.group(1).strip();
        }
      }
      int start = i + 1;
      int end = start;
      while (end < lines.length && !lines[end].startsWith("```")) {
        end++;
      }
      StringBuilder text = new StringBuilder();
      for (int k = start; k < end; k++) {
        text.append(lines[k]).append('\n');
      }
      snippets.add(new Snippet(snippets.size() + 1, start + 1, text.toString(), given, run));
      i = end;
    }
    return snippets;
  }
}
