package com.hoopai.invoices.benchmarks;

import static com.hoopai.invoices.benchmarks.RequestHead.ascii;

import java.nio.charset.StandardCharsets;

/**
 * What {@link CannedApiServer} answers, each answer (status line, headers and body) encoded once, and the
 * rules that pick one for a request head. Only a request every client must send right is accepted:
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
final class CannedAnswers {

  /** The request limit per window the server announces. */
  static final int RATE_LIMIT_MAX = 100_000_000;
  /**
   * The daily limit the server announces. Without it the governor keeps the documented 200,000 a day, which a
   * shared store would enforce (and a benchmark exhaust) within a minute of calls.
   */
  static final long RATE_LIMIT_DAILY = 1_000_000_000_000L;

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

  private final byte[] invoice;
  private final byte[] page;
  private final byte[] unauthorized = encode(401, "{\"statusCode\":401,\"message\":\"Invalid JWT\"}");
  private final byte[] badRequest = encode(400, "{\"statusCode\":400,\"message\":[\"Version header missing\"]}");
  private final byte[] notFound = encode(404, "{\"statusCode\":404,\"message\":\"Not found\"}");

  CannedAnswers(Payloads payloads) {
    this.invoice = encode(200, payloads.invoice());
    this.page = encode(200, payloads.invoicePage());
  }

  /** The bytes to write for this request: one of the few answers, never a new array. */
  byte[] answer(RequestHead request) {
    if (!request.bearer) {
      return unauthorized;
    }
    if (!request.version) {
      return badRequest;
    }
    boolean forLocation = request.queryContains(ALT_ID_PARAM) && request.queryContains(ALT_TYPE_PARAM);
    if (request.methodIs(GET) && request.pathIs(INVOICE_PATH) && forLocation) {
      return invoice;
    }
    if (request.methodIs(GET) && request.pathIs(LIST_PATH) && forLocation && request.queryContains(LIMIT_PARAM)
        && request.queryContains(OFFSET_PARAM) && filtersComplete(request)) {
      return page;
    }
    if (request.methodIs(POST) && request.pathIs(LIST_PATH) && request.contentLength > 0 && request.json) {
      return invoice;
    }
    return notFound;
  }

  /** Whether an answer of {@link #answer} is a success (a 200), not a refusal. */
  boolean accepted(byte[] answer) {
    return answer == invoice || answer == page;
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

  private static byte[] encode(int status, String json) {
    return encode(status, json.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] encode(int status, byte[] body) {
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
}
