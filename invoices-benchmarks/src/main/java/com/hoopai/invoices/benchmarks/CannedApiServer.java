package com.hoopai.invoices.benchmarks;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small, fast HTTP/1.1 server on loopback that answers the invoice calls under measurement with canned
 * bytes, so the benchmark measures the clients and not the server.
 *
 * <p>One pooled thread per open connection (reused when clients reopen connections), keep-alive,
 * {@code TCP_NODELAY}, each request head parsed in place ({@link ConnectionReader}, {@link RequestHead}) and
 * answered with one {@code write} of bytes encoded once ({@link CannedAnswers}): nothing is allocated per
 * request, so {@code -prof gc}, which counts every thread of the JVM, counts the clients' garbage. What it
 * accepts and refuses is listed on {@link CannedAnswers}; {@link #refused()} lets a benchmark fail a client
 * that skipped its work instead of letting it look fast.
 *
 * <pre>{@code
 * Payloads payloads = Payloads.fromSpec();
 * try (CannedApiServer server = CannedApiServer.start(payloads)) {
 *   InvoiceCalls calls = InvoiceCalls.create("sdk", server.baseUrl(), payloads);
 *   calls.getInvoice();
 *   long refused = server.refused();   // 0: the SDK sent everything the route asks for
 * }
 * }</pre>
 */
public final class CannedApiServer implements AutoCloseable {

  private final ServerSocket socket;
  private final CannedAnswers answers;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final ExecutorService handlers = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "canned-api-connection");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();

  private CannedApiServer(Payloads payloads) throws IOException {
    this.answers = new CannedAnswers(payloads);
    this.socket = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "canned-api-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * Starts a server on a free loopback port.
   *
   * @param payloads what to answer with
   * @return the running server
   * @throws IOException when no port can be bound
   */
  public static CannedApiServer start(Payloads payloads) throws IOException {
    return new CannedApiServer(payloads);
  }

  /**
   * The base URL clients call.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /**
   * Requests answered so far.
   *
   * @return the count, refused ones included
   */
  public long requests() {
    return requests.get();
  }

  /**
   * Requests answered with anything but 200.
   *
   * @return the count
   */
  public long refused() {
    return refused.get();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket connection : connections) {
      connection.close();
    }
    handlers.shutdownNow();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        connections.add(connection);
        handlers.execute(() -> serve(connection));
      } catch (IOException e) {
        if (!socket.isClosed()) {
          throw new IllegalStateException("accept failed", e);
        }
      }
    }
  }

  private void serve(Socket connection) {
    try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
      ConnectionReader reader = new ConnectionReader(in);
      RequestHead request = new RequestHead(reader.head);
      while (true) {
        int length = reader.readHead();
        if (length < 0) {
          return;
        }
        request.parse(length);
        reader.skip(request.contentLength);
        byte[] reply = answers.answer(request);
        requests.incrementAndGet();
        if (!answers.accepted(reply)) {
          refused.incrementAndGet();
        }
        out.write(reply);
        out.flush();
        if (request.close) {
          return;
        }
      }
    } catch (SocketException | EOFException e) {
      // The client closed the connection.
    } catch (IOException e) {
      throw new IllegalStateException("connection failed", e);
    } finally {
      connections.remove(connection);
    }
  }
}
