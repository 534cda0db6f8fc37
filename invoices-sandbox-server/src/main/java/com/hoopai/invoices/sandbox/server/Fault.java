package com.hoopai.invoices.sandbox.server;

import java.time.Duration;
import java.util.Objects;

/**
 * What one call answers instead of the server's own answer: a status with a body, a proxy's HTML page, a
 * body cut off, an answer that comes too late, a dropped connection, or an error that echoes what the
 * request carried. By default the server does none of the call's work; {@link #afterTheWork()} makes it do
 * the work (create the invoice, spend the refresh token) and then lose the answer. Immutable.
 *
 * <pre>{@code
 * server.faults().failNext("getInvoice", Fault.status(503, "{\"message\":\"down\"}"));
 * server.faults().failNext(SandboxServer.TOKEN_ENDPOINT, Fault.status(500, "{}").afterTheWork());
 * }</pre>
 */
public final class Fault {

  /** How the answer goes wrong. */
  enum Kind {
    STATUS, TRUNCATED, HANG, DISCONNECT, ECHO
  }

  private final Kind kind;
  private final int status;
  private final String contentType;
  private final String body;
  private final Duration delay;
  private final boolean afterWork;

  private Fault(Kind kind, int status, String contentType, String body, Duration delay, boolean afterWork) {
    this.kind = kind;
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.delay = delay;
    this.afterWork = afterWork;
  }

  /**
   * Answers a status with a JSON body.
   *
   * @param status the status, 100 to 599
   * @param json the body
   * @return the fault
   */
  public static Fault status(int status, String json) {
    return new Fault(Kind.STATUS, checkStatus(status), "application/json", Objects.requireNonNull(json, "json"),
        Duration.ZERO, false);
  }

  /**
   * Answers a status with an HTML page, as a proxy or load balancer in front of the API does.
   *
   * @param status such as 502 or 504
   * @return the fault
   */
  public static Fault html(int status) {
    return new Fault(Kind.STATUS, checkStatus(status), "text/html; charset=utf-8",
        "<html><head><title>" + status + "</title></head><body><h1>" + status + " Bad Gateway</h1></body></html>",
        Duration.ZERO, false);
  }

  /**
   * Answers 200 with headers that promise a JSON body, then closes the connection before the body is whole.
   * After the work, it is the real answer that is cut off.
   *
   * @return the fault
   */
  public static Fault truncatedBody() {
    return new Fault(Kind.TRUNCATED, 200, "application/json", "{\"_id\":\"", Duration.ZERO, false);
  }

  /**
   * Answers only after a delay (longer than the client's read timeout, to see it time out): 504 without the
   * work, the real answer after it.
   *
   * @param delay how long the headers wait
   * @return the fault
   */
  public static Fault hang(Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be zero or positive");
    }
    return new Fault(Kind.HANG, 504, "application/json", "{\"statusCode\":504,\"message\":\"Gateway Timeout\"}",
        delay, false);
  }

  /**
   * Closes the connection instead of answering.
   *
   * @return the fault
   */
  public static Fault disconnect() {
    return new Fault(Kind.DISCONNECT, 0, null, null, Duration.ZERO, false);
  }

  /**
   * Answers a status whose message repeats the request's {@code Authorization} header and every form field
   * ({@code Invalid parameter: client_secret ..., refresh_token ...}) word for word,
   * as a careless server does: the client must not pass it on to logs or exception messages.
   *
   * @param status such as 400
   * @return the fault
   */
  public static Fault echoSecrets(int status) {
    return new Fault(Kind.ECHO, checkStatus(status), "application/json", null, Duration.ZERO, false);
  }

  /**
   * The same fault, after the server did the call's work: the state changes (an invoice is created, a refresh
   * token spent) but the client never sees the answer as it was.
   *
   * @return the fault
   */
  public Fault afterTheWork() {
    return new Fault(kind, status, contentType, body, delay, true);
  }

  Kind kind() {
    return kind;
  }

  int status() {
    return status;
  }

  String contentType() {
    return contentType;
  }

  String body() {
    return body;
  }

  Duration delay() {
    return delay;
  }

  boolean afterWork() {
    return afterWork;
  }

  @Override
  public String toString() {
    return "Fault{" + kind + (status > 0 ? " " + status : "") + (afterWork ? ", after the work" : "") + "}";
  }

  private static int checkStatus(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be 100 to 599, was " + status);
    }
    return status;
  }
}
