package com.hoopai.invoices.client.internal;

import feign.Param;
import java.nio.charset.StandardCharsets;

/**
 * Turns an id into one opaque path segment, so no id can change the route or the query.
 *
 * <p>Every byte outside the unreserved set ({@code A-Z a-z 0-9 - . _ ~}) is percent-encoded, including
 * {@code /}, {@code ?}, {@code #} and {@code %} itself. The dot segments {@code .} and {@code ..} are
 * refused: they are unreserved, so encoding cannot neutralise them, and HTTP stacks resolve them (OkHttp
 * even resolves {@code %2e%2e}).
 *
 * <p>In the generated interfaces, {@code @Param(expander = PathSegmentExpander.class, encoded = true)} marks
 * a path id; {@link RequestPlan} requires that marking and encodes such arguments with {@link #encode}.
 */
public final class PathSegmentExpander implements Param.Expander {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** For Feign's {@link Param.Expander} contract, which the annotation requires. */
  public PathSegmentExpander() {
  }

  @Override
  public String expand(Object value) {
    return encode(String.valueOf(value));
  }

  /**
   * Encodes one path segment.
   *
   * @param segment the raw id
   * @return the encoded segment
   * @throws IllegalArgumentException if the id is blank or a dot segment
   */
  public static String encode(String segment) {
    if (segment.isBlank()) {
      throw new IllegalArgumentException("a path id must not be blank");
    }
    if (segment.equals(".") || segment.equals("..")) {
      throw new IllegalArgumentException("a path id must not be '" + segment + "'");
    }
    return percentEncode(segment);
  }

  /**
   * Percent-encodes every byte of the UTF-8 text but RFC 3986's unreserved characters: safe as one path
   * segment and as one query value.
   *
   * @param segment the text
   * @return the encoded text (the same instance when nothing needed encoding)
   */
  static String percentEncode(String segment) {
    byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = null;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (isUnreserved(b)) {
        if (out != null) {
          out.append((char) b);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(bytes.length * 3);
        out.append(segment, 0, i); // the bytes before i are all ASCII unreserved characters
      }
      out.append('%').append(HEX[b >> 4]).append(HEX[b & 0x0F]);
    }
    return out == null ? segment : out.toString();
  }

  private static boolean isUnreserved(int b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
        || b == '-' || b == '.' || b == '_' || b == '~';
  }
}
