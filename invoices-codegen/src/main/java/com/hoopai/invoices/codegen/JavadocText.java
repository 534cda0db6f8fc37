package com.hoopai.invoices.codegen;

/**
 * Turns a description from the spec into text that can stand in a generated javadoc comment as it is.
 *
 * <p>The spec is written in plain prose with Markdown code spans; javadoc reads HTML inside a Java comment. So
 * {@code &}, {@code <} and {@code >} become entities, {@code @} cannot start a tag, {@code *}{@code /} cannot end
 * the comment, a backslash cannot start a unicode escape (the compiler reads those even inside comments), and
 * {@code `code`} becomes {@code <code>code</code>}. Line breaks of YAML block scalars become single spaces.
 *
 * <pre>{@code
 * JavadocText.of("Amount in `USD` & <b>cents</b>")   // "Amount in <code>USD</code> &amp; &lt;b&gt;cents&lt;/b&gt;"
 * }</pre>
 */
public final class JavadocText {

  private JavadocText() {
  }

  /**
   * The description as javadoc text.
   *
   * @param text a description as the spec writes it; may be {@code null}
   * @return the javadoc text, or {@code null} when {@code text} is {@code null} or blank
   */
  public static String of(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String flat = text.strip().replaceAll("\\s+", " ");
    String[] parts = flat.split("`", -1);
    // An odd number of parts means every backtick has its pair; otherwise the last one stays a plain character.
    boolean paired = parts.length % 2 == 1;
    StringBuilder out = new StringBuilder(flat.length() + 16);
    for (int i = 0; i < parts.length; i++) {
      boolean code = i % 2 == 1 && (paired || i < parts.length - 1);
      if (code) {
        out.append("<code>").append(escape(parts[i])).append("</code>");
      } else {
        if (!paired && i == parts.length - 1) {
          out.append('`');
        }
        out.append(escape(parts[i]));
      }
    }
    return out.toString();
  }

  /**
   * {@link #of(String)}, or {@code fallback} (already javadoc text) when the spec says nothing.
   *
   * @param text a description as the spec writes it; may be {@code null}
   * @param fallback javadoc text to use instead
   * @return the javadoc text
   */
  public static String orElse(String text, String fallback) {
    String javadoc = of(text);
    return javadoc != null ? javadoc : fallback;
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
