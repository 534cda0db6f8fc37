package com.hoopai.invoices.client;

import com.hoopai.invoices.client.internal.PercentEncoding;
import feign.Param;

/**
 * Turns an id into one opaque path segment, so no id can change the route or the query.
 *
 * <p>Every byte outside the unreserved set ({@code A-Z a-z 0-9 - . _ ~}) is percent-encoded, including
 * {@code /}, {@code ?}, {@code #} and {@code %} itself. The dot segments {@code .} and {@code ..} are
 * refused: they are unreserved, so encoding cannot neutralise them, and HTTP stacks resolve them (OkHttp
 * even resolves {@code %2e%2e}).
 *
 * <p>In the generated interfaces, {@code @Param(expander = PathSegmentExpander.class, encoded = true)} marks
 * a path id; the client requires that marking and encodes such arguments with {@link #encode}. Stock Feign
 * uses it as it is, so ids stay one segment there too.
 */
public final class PathSegmentExpander implements Param.Expander {

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
    return PercentEncoding.encode(segment);
  }
}
