package com.hoopai.invoices.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The parts of a request head the routes look at, read in place from the head's bytes: one per connection,
 * reused, so the server allocates nothing per request and {@code -prof gc} counts the clients' garbage only.
 */
final class RequestHead {

  private static final byte[] AUTHORIZATION = ascii("authorization");
  private static final byte[] BEARER = ascii("Bearer ");
  private static final byte[] VERSION = ascii("version");
  private static final byte[] API_VERSION = ascii("2021-07-28");
  private static final byte[] CONTENT_TYPE = ascii("content-type");
  private static final byte[] JSON = ascii("application/json");
  private static final byte[] CONTENT_LENGTH = ascii("content-length");
  private static final byte[] CONNECTION = ascii("connection");
  private static final byte[] CLOSE = ascii("close");

  private final byte[] head;
  private int methodEnd;
  private int pathStart;
  private int pathEnd;
  private int queryEnd;
  /** Whether it carries {@code Authorization: Bearer <something>}. */
  boolean bearer;
  /** Whether it carries {@code Version: 2021-07-28}. */
  boolean version;
  /** Whether its {@code Content-Type} is JSON. */
  boolean json;
  /** Whether it asks to close the connection after the answer. */
  boolean close;
  /** Its {@code Content-Length}, 0 without one. */
  int contentLength;

  RequestHead(byte[] head) {
    this.head = head;
  }

  /** Reads the first {@code length} bytes of the head array: request line and the headers above. */
  void parse(int length) throws IOException {
    bearer = false;
    version = false;
    json = false;
    close = false;
    contentLength = 0;
    methodEnd = indexOf((byte) ' ', 0, length);
    int targetEnd = methodEnd < 0 ? -1 : indexOf((byte) ' ', methodEnd + 1, length);
    if (targetEnd < 0) {
      throw new IOException("malformed request line");
    }
    pathStart = methodEnd + 1;
    int question = indexOf((byte) '?', pathStart, targetEnd);
    pathEnd = question < 0 ? targetEnd : question;
    queryEnd = targetEnd;
    int line = indexOf((byte) '\n', targetEnd, length) + 1;
    while (line < length) {
      int end = indexOf((byte) '\r', line, length);
      if (end <= line) {
        return; // the blank line
      }
      int colon = indexOf((byte) ':', line, end);
      if (colon > line) {
        int value = colon + 1;
        while (value < end && head[value] == ' ') {
          value++;
        }
        if (equalsIgnoreCase(line, colon, AUTHORIZATION)) {
          bearer = startsWith(value, end, BEARER) && end - value > BEARER.length;
        } else if (equalsIgnoreCase(line, colon, VERSION)) {
          version = end - value == API_VERSION.length && startsWith(value, end, API_VERSION);
        } else if (equalsIgnoreCase(line, colon, CONTENT_TYPE)) {
          json = startsWith(value, end, JSON);
        } else if (equalsIgnoreCase(line, colon, CONTENT_LENGTH)) {
          contentLength = parseInt(value, end);
        } else if (equalsIgnoreCase(line, colon, CONNECTION)) {
          close = equalsIgnoreCase(value, end, CLOSE);
        }
      }
      line = end + 2;
    }
  }

  /** Whether the method is exactly this one. */
  boolean methodIs(byte[] method) {
    return methodEnd == method.length && startsWith(0, methodEnd, method);
  }

  /** Whether the path, query left out, is exactly this one. */
  boolean pathIs(byte[] path) {
    return pathEnd - pathStart == path.length && startsWith(pathStart, pathEnd, path);
  }

  /** Whether these bytes occur in the query. */
  boolean queryContains(byte[] needle) {
    for (int at = pathEnd + 1; at + needle.length <= queryEnd; at++) {
      if (startsWith(at, queryEnd, needle)) {
        return true;
      }
    }
    return false;
  }

  private int indexOf(byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (head[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private boolean startsWith(int from, int to, byte[] prefix) {
    if (to - from < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (head[from + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private boolean equalsIgnoreCase(int from, int to, byte[] lowerCase) {
    if (to - from != lowerCase.length) {
      return false;
    }
    for (int i = 0; i < lowerCase.length; i++) {
      int b = head[from + i];
      if (b >= 'A' && b <= 'Z') {
        b += 'a' - 'A';
      }
      if (b != lowerCase[i]) {
        return false;
      }
    }
    return true;
  }

  private int parseInt(int from, int to) throws IOException {
    int value = 0;
    for (int i = from; i < to; i++) {
      int digit = head[i] - '0';
      if (digit < 0 || digit > 9) {
        throw new IOException("malformed Content-Length");
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /** The bytes of an ASCII text, for comparing with a head in place. */
  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
