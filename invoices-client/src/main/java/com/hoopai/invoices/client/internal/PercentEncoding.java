package com.hoopai.invoices.client.internal;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of path segments and query names and values. */
public final class PercentEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {
  }

  /**
   * Percent-encodes every byte of the UTF-8 text but RFC 3986's unreserved characters: safe as one path
   * segment and as one query name or value.
   *
   * @param text the text
   * @return the encoded text (the same instance when nothing needed encoding)
   */
  public static String encode(String text) {
    int length = text.length();
    int i = 0;
    while (i < length && isUnreserved(text.charAt(i))) {
      i++;
    }
    if (i == length) {
      return text;
    }
    byte[] bytes = text.substring(i).getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(i + bytes.length * 3);
    out.append(text, 0, i); // ASCII unreserved characters, one byte each
    for (byte value : bytes) {
      int b = value & 0xFF;
      if (isUnreserved(b)) {
        out.append((char) b);
      } else {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0x0F]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
