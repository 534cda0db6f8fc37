package com.hoopai.invoices.ratelimit.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on loopback between the children and a store's server, that the test can cut: every
 * connection is closed and new ones are refused, as when the server goes down, without stopping the real
 * server other tests use. Two threads per connection copy the bytes.
 */
final class CuttableProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final InetSocketAddress target;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile boolean cut;

  CuttableProxy(String targetHost, int targetPort) throws IOException {
    this.target = new InetSocketAddress(targetHost, targetPort);
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  /** Closes every connection and refuses new ones. */
  void cut() {
    cut = true;
    try {
      listener.close();
    } catch (IOException ignored) {
      // Closing is all we want.
    }
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing is all we want.
      }
    }
  }

  @Override
  public void close() {
    cut();
  }

  private void accept() {
    while (!cut) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket();
        server.connect(target, 1000);
        sockets.add(client);
        sockets.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException e) {
        if (cut) {
          return;
        }
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[8192];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int read;
        while ((read = in.read(buffer)) >= 0) {
          out.write(buffer, 0, read);
          out.flush();
        }
      } catch (IOException e) {
        // One side closed: the other follows.
      } finally {
        try {
          from.close();
          to.close();
        } catch (IOException ignored) {
          // Closing is all we want.
        }
      }
    }, "proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }
}
