package com.hoopai.invoices.client.internal;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;

/** Small helpers over Feign responses: request method and path, content type, body excerpts. */
final class ResponseBodies {

  /** Longest excerpt of an unexpected body put into an exception. */
  static final int EXCERPT_LENGTH = 200;
  /** Largest error body read; error bodies are small, a proxy's HTML page need not be read whole. */
  static final int MAX_ERROR_BODY = 64 * 1024;

  private ResponseBodies() {
  }

  static String method(Response response) {
    return response.request() == null ? null : response.request().httpMethod().name();
  }

  static String path(Response response) {
    return response.request() == null ? null : pathOf(response.request().url());
  }

  static String pathOf(String url) {
    try {
      String path = URI.create(url).getRawPath();
      return path == null || path.isEmpty() ? "/" : path;
    } catch (IllegalArgumentException e) {
      int query = url.indexOf('?');
      return query < 0 ? url : url.substring(0, query);
    }
  }

  static String contentType(Response response) {
    Collection<String> values = null;
    for (var header : response.headers().entrySet()) {
      if ("content-type".equalsIgnoreCase(header.getKey())) {
        values = header.getValue();
        break;
      }
    }
    return values == null || values.isEmpty() ? null : values.iterator().next().toLowerCase(Locale.ROOT);
  }

  static boolean isJson(String contentType) {
    return contentType == null || contentType.contains("json");
  }

  static byte[] readAtMost(Response response, int limit) throws IOException {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
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
