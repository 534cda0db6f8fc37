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
 * {@code TCP_NODELAY}, every answer (status line, headers and body) encoded once and written with one
 * {@code write}. It checks what every client must send and refuses the rest, so a client that skipped its
 * work would fail instead of looking fast:
 * <ul>
 *   <li>{@code GET /invoices/{INVOICE_ID}?altId=...&altType=location}: the invoice;
 *   <li>{@code POST /invoices/} with a JSON body: the invoice (as created);
 *   <li>{@code GET /invoices/?altId=...&altType=location&limit=..&offset=..}: a page of 100 invoices, total
 *       10,000; with {@code status=}, only if every filter of {@code listInvoicesFiltered} is there too
 *       ({@code status=paid}, {@code startAt}, {@code endAt}, {@code sortField=issueDate}, {@code sortOrder=descend});
 *   <li>without {@code Authorization: Bearer ...} 401, without {@code Version: 2021-07-28} 400, else 404.
 * </ul>
 * The location ({@code altId}) is the spec's example id, or any id that begins with it, so a benchmark can
 * spread its calls over several locations.
 * Every 200 carries the API's rate-limit headers with a limit far above what one machine can send
 * ({@value #RATE_LIMIT_MAX} per 10 s, {@value #RATE_LIMIT_DAILY} a day), as an account with a raised limit would
 * get: the SDK's rate-limit governor stays on and reads them on every answer, but never has cause to wait.
 */
public final class CannedApiServer implements AutoCloseable {

  /** The request limit per window the server announces. */
  static final int RATE_LIMIT_MAX = 100_000_000;
  /**
   * The daily limit the server announces. Without it the governor keeps the documented 200,000 a day, which a
   * shared store would enforce (and a benchmark exhaust) within a minute of calls.
   */
  static final long RATE_LIMIT_DAILY = 1_000_000_000_000L;

  private static final int MAX_HEAD_BYTES = 16 * 1024;

  private final ServerSocket socket;
  private final byte[] invoiceAnswer;
  private final byte[] pageAnswer;
  private final byte[] unauthorized = answer(401, "{\"statusCode\":401,\"message\":\"Invalid JWT\"}");
  private final byte[] badRequest = answer(400, "{\"statusCode\":400,\"message\":[\"Version header missing\"]}");
  private final byte[] notFound = answer(404, "{\"statusCode\":404,\"message\":\"Not found\"}");
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final ExecutorService handlers = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "canned-api-connection");
    thread.setDaemon(true);
    return thread;
  });
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

  private byte[] route(RequestHead request) {
    if (!request.bearer) {
      return unauthorized;
    }
    if (!request.version) {
      return badRequest;
    }
    boolean forLocation = request.queryContains(ALT_ID_PARAM) && request.queryContains(ALT_TYPE_PARAM);
    if (request.methodIs(GET) && request.pathIs(INVOICE_PATH) && forLocation) {
      return invoiceAnswer;
    }
    if (request.methodIs(GET) && request.pathIs(LIST_PATH) && forLocation && request.queryContains(LIMIT_PARAM)
        && request.queryContains(OFFSET_PARAM) && filtersComplete(request)) {
      return pageAnswer;
    }
    if (request.methodIs(POST) && request.pathIs(LIST_PATH) && request.contentLength > 0 && request.json) {
      return invoiceAnswer;
    }
    return notFound;
  }

  /** A list request with a status filter must carry the others of {@code listInvoicesFiltered} too. */
  private static boolean filtersComplete(RequestHead request) {
    if (!request.queryContains(STATUS_PARAM)) {
      return true;
    }
    for (byte[] filter : FILTER_PARAMS) {
      if (!request.queryContains(filter)) {
        return false;
      }
    }
    return true;
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
        + "X-RateLimit-Limit-Daily: " + RATE_LIMIT_DAILY + "\r\n"
        + "\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  private static final byte[] GET = ascii("GET");
  private static final byte[] POST = ascii("POST");
  private static final byte[] INVOICE_PATH = ascii("/invoices/" + Payloads.INVOICE_ID);
  private static final byte[] LIST_PATH = ascii("/invoices/");
  private static final byte[] ALT_ID_PARAM = ascii("altId=" + Payloads.ALT_ID);
  private static final byte[] ALT_TYPE_PARAM = ascii("altType=location");
  private static final byte[] LIMIT_PARAM = ascii("limit=");
  private static final byte[] OFFSET_PARAM = ascii("offset=");
  private static final byte[] STATUS_PARAM = ascii("status=");
  private static final byte[][] FILTER_PARAMS = {ascii("status=paid"), ascii("startAt=" + InvoiceCalls.ISSUED_FROM),
      ascii("endAt=" + InvoiceCalls.ISSUED_TO), ascii("sortField=issueDate"), ascii("sortOrder=descend")};
  private static final byte[] AUTHORIZATION = ascii("authorization");
  private static final byte[] BEARER = ascii("Bearer ");
  private static final byte[] VERSION = ascii("version");
  private static final byte[] API_VERSION = ascii("2021-07-28");
  private static final byte[] CONTENT_TYPE = ascii("content-type");
  private static final byte[] JSON = ascii("application/json");
  private static final byte[] CONTENT_LENGTH = ascii("content-length");
  private static final byte[] CONNECTION = ascii("connection");
  private static final byte[] CLOSE = ascii("close");

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The parts of a request head the routes look at, read in place from the head's bytes: one per connection,
   * reused, so the server allocates nothing per request and {@code -prof gc} counts the clients' garbage only.
   */
  private static final class RequestHead {
    private final byte[] head;
    private int methodEnd;
    private int pathStart;
    private int pathEnd;
    private int queryEnd;
    boolean bearer;
    boolean version;
    boolean json;
    boolean close;
    int contentLength;

    RequestHead(byte[] head) {
      this.head = head;
    }

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

    boolean methodIs(byte[] method) {
      return methodEnd == method.length && startsWith(0, methodEnd, method);
    }

    boolean pathIs(byte[] path) {
      return pathEnd - pathStart == path.length && startsWith(pathStart, pathEnd, path);
    }

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
  }
}
