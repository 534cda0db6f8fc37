package com.hoopai.invoices.benchmarks;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads request heads and skips request bodies from one connection of {@link CannedApiServer}, through a
 * buffer of its own (no lock per byte) and into one reused head array, so reading allocates nothing.
 */
final class ConnectionReader {

  /** The longest request head accepted. */
  static final int MAX_HEAD_BYTES = 16 * 1024;

  /** The last head read, from its first byte to its blank line; {@link #readHead()} gives its length. */
  final byte[] head = new byte[MAX_HEAD_BYTES];
  private final InputStream in;
  private final byte[] buffer = new byte[16 * 1024];
  private int position;
  private int limit;

  ConnectionReader(InputStream in) {
    this.in = in;
  }

  /**
   * Copies the next head, blank line included, into {@link #head}.
   *
   * @return its length, or -1 when the connection ended cleanly between requests
   * @throws IOException when the connection ends inside a head or the head is too long
   */
  int readHead() throws IOException {
    int length = 0;
    while (true) {
      if (position == limit && !fill()) {
        if (length == 0) {
          return -1;
        }
        throw new EOFException("connection closed inside a request head");
      }
      byte b = buffer[position++];
      if (length == head.length) {
        throw new IOException("request head over " + head.length + " bytes");
      }
      head[length++] = b;
      if (b == '\n' && length >= 4 && head[length - 2] == '\r' && head[length - 3] == '\n'
          && head[length - 4] == '\r') {
        return length;
      }
    }
  }

  /**
   * Skips a request body.
   *
   * @param bytes its length
   * @throws IOException when the connection ends inside it
   */
  void skip(int bytes) throws IOException {
    int left = bytes;
    while (left > 0) {
      if (position == limit && !fill()) {
        throw new EOFException("connection closed inside a request body");
      }
      int step = Math.min(left, limit - position);
      position += step;
      left -= step;
    }
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer);
    if (read <= 0) {
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }
}
