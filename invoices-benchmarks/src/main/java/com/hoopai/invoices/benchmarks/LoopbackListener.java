package com.hoopai.invoices.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A loopback port that listens but never answers: the base URL of a client that must not call anything. The
 * kernel completes every connection into the socket's backlog even though nothing accepts it, so
 * {@link #connectionsMade()} can tell afterwards whether anything connected.
 */
final class LoopbackListener implements AutoCloseable {

  /** How long {@link #connectionsMade()} waits for one more pending connection. */
  private static final int ACCEPT_WAIT_MILLIS = 100;

  private final ServerSocket socket;

  private LoopbackListener(ServerSocket socket) {
    this.socket = socket;
  }

  /**
   * Listens on a free port of 127.0.0.1.
   *
   * @return the listener
   * @throws IOException if no port can be bound
   */
  static LoopbackListener open() throws IOException {
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    return new LoopbackListener(new ServerSocket(0, 50, loopback));
  }

  /**
   * The base URL of this port.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /**
   * Takes and closes every connection made so far.
   *
   * @return how many there were
   * @throws IOException if the socket fails
   */
  int connectionsMade() throws IOException {
    socket.setSoTimeout(ACCEPT_WAIT_MILLIS);
    int count = 0;
    while (true) {
      try (Socket ignored = socket.accept()) {
        count++;
      } catch (SocketTimeoutException none) {
        return count;
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
