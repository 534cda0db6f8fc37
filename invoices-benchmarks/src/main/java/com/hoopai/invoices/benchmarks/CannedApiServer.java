package com.hoopai.invoices.benchmarks;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small, fast HTTP/1.1 server on loopback that answers the invoice calls under measurement with canned
 * bytes, so the benchmark measures the clients and not the server.
 *
 * <p>One thread per connection, keep-alive, {@code TCP_NODELAY}, every answer (status line, headers and body)
 * encoded once and written with one {@code write}. It checks what every client must send and refuses the
 * rest, so a client that skipped its work would fail instead of looking fast:
 * <ul>
 *   <li>{@code GET /invoices/{INVOICE_ID}?altId=...&altType=location}: the invoice;
 *   <li>{@code POST /invoices/} with a JSON body: the invoice (as created);
 *   <li>{@code GET /invoices/?altId=...&altType=location&limit=..&offset=..}: a page of 100 invoices, total
 *       10,000;
 *   <li>without {@code Authorization: Bearer ...} 401, without {@code Version: 2021-07-28} 400, else 404.
 * </ul>
 * Every 200 carries the API's rate-limit headers with a limit far above what one machine can send
 * ({@value #RATE_LIMIT_MAX} per 10 s), as an account with a raised limit would get: the SDK's rate-limit
 * governor stays on and reads them on every answer, but never has cause to wait.
 */
public final class CannedApiServer implements AutoCloseable {

  /** The request limit per window the server announces. */
  static final int RATE_LIMIT_MAX = 100_000_000;

  private static final int MAX_HEAD_BYTES = 16 * 1024;

  private final ServerSocket socket;
  private final byte[] invoiceAnswer;
  private final byte[] pageAnswer;
  private final byte[] unauthorized = answer(401, "{\"statusCode\":401,\"message\":\"Invalid JWT\"}");
  private final byte[] badRequest = answer(400, "{\"statusCode\":400,\"message\":[\"Version header missing\"]}");
  private final byte[] notFound = answer(404, "{\"statusCode\":404,\"message\":\"Not found\"}");
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();

  private CannedApiServer(Payloads payloads) throws IOException {
    this.invoiceAnswer = answer(200, payloads.invoice());
    this.pageAnswer = answer(200, payloads.invoicePage());
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
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        connections.add(connection);
        Thread handler = new Thread(() -> serve(connection), "canned-api-connection");
        handler.setDaemon(true);
        handler.start();
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
      while (true) {
        int length = reader.readHead();
        if (length < 0) {
          return;
        }
        Request request = Request.parse(reader.head, length);
        reader.skip(request.contentLength);
        byte[] reply = route(request);
        requests.incrementAndGet();
        if (reply != invoiceAnswer && reply != pageAnswer) {
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

  private byte[] route(Request request) {
    if (request.bearer == null) {
      return unauthorized;
    }
    if (!"2021-07-28".equals(request.version)) {
      return badRequest;
    }
    String path = request.path;
    String query = request.query;
    boolean forLocation = query.contains("altId=" + Payloads.ALT_ID) && query.contains("altType=location");
    if ("GET".equals(request.method) && path.equals("/invoices/" + Payloads.INVOICE_ID) && forLocation) {
      return invoiceAnswer;
    }
    if ("GET".equals(request.method) && path.equals("/invoices/") && forLocation && query.contains("limit=")
        && query.contains("offset=")) {
      return pageAnswer;
    }
    if ("POST".equals(request.method) && path.equals("/invoices/") && request.contentLength > 0
        && request.contentType != null && request.contentType.startsWith("application/json")) {
      return invoiceAnswer;
    }
    return notFound;
  }

  /** Reads request heads and skips bodies from one connection through its own buffer (no lock per byte). */
  private static final class ConnectionReader {
    final byte[] head = new byte[MAX_HEAD_BYTES];
    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;

    ConnectionReader(InputStream in) {
      this.in = in;
    }

    /** Copies the next head, blank line included, into {@link #head}; its length, or -1 at a clean end. */
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

  private static byte[] answer(int status, String json) {
    return answer(status, json.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] answer(int status, byte[] body) {
    String reason = switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      default -> "Not Found";
    };
    String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
        + "Content-Type: application/json; charset=utf-8\r\n"
        + "Content-Length: " + body.length + "\r\n"
        + "X-RateLimit-Max: " + RATE_LIMIT_MAX + "\r\n"
        + "X-RateLimit-Remaining: " + (RATE_LIMIT_MAX - 1) + "\r\n"
        + "X-RateLimit-Interval-Milliseconds: 10000\r\n"
        + "\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  /** The parts of a request head the routes look at. */
  private static final class Request {
    String method;
    String path;
    String query = "";
    String bearer;
    String version;
    String contentType;
    int contentLength;
    boolean close;

    static Request parse(byte[] head, int length) throws IOException {
      String[] lines = new String(head, 0, length, StandardCharsets.ISO_8859_1).split("\r\n");
      String[] start = lines[0].split(" ");
      if (start.length != 3) {
        throw new IOException("malformed request line");
      }
      Request request = new Request();
      request.method = start[0];
      String target = start[1];
      int question = target.indexOf('?');
      request.path = question < 0 ? target : target.substring(0, question);
      request.query = question < 0 ? "" : target.substring(question + 1);
      for (int i = 1; i < lines.length; i++) {
        String line = lines[i];
        int colon = line.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).trim();
        switch (name) {
          case "authorization" -> request.bearer = value.startsWith("Bearer ") && value.length() > 7 ? value : null;
          case "version" -> request.version = value;
          case "content-type" -> request.contentType = value;
          case "content-length" -> request.contentLength = Integer.parseInt(value);
          case "connection" -> request.close = value.equalsIgnoreCase("close");
          default -> {
            // not looked at
          }
        }
      }
      return request;
    }
  }
}
