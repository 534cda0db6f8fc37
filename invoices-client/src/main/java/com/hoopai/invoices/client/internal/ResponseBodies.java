package com.hoopai.invoices.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Small helpers over answers: content type, bounded reads, body excerpts. */
final class ResponseBodies {

  /** Longest excerpt of an unexpected body put into an exception. */
  static final int EXCERPT_LENGTH = 200;
  /** Largest error body read; error bodies are small, a proxy's HTML page need not be read whole. */
  static final int MAX_ERROR_BODY = 64 * 1024;

  private ResponseBodies() {
  }

  static String contentType(okhttp3.Response response) {
    String value = response.header("Content-Type");
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  static boolean isJson(String contentType) {
    return contentType == null || contentType.contains("json");
  }

  static byte[] readAtMost(okhttp3.Response response, int limit) throws IOException {
    okhttp3.ResponseBody body = response.body();
    try (InputStream in = body.byteStream()) {
      return in.readNBytes(limit);
    }
  }

  /** The start of a body as one printable line. */
  static String excerpt(byte[] body, int length) {
    String text = new String(body, 0, Math.min(length, EXCERPT_LENGTH), StandardCharsets.UTF_8);
    StringBuilder line = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        space = line.length() > 0;
      } else {
        if (space) {
          line.append(' ');
          space = false;
        }
        line.append(c);
      }
    }
    if (length > EXCERPT_LENGTH) {
      line.append("...");
    }
    return line.toString();
  }
}
