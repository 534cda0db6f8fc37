package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.RequestLogger;
import com.hoopai.invoices.client.RequestLogging;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The request log, written to a {@link RequestLogger} in Feign's familiar format, with the values of
 * credential headers replaced by {@code <redacted>}.
 *
 * <pre>
 * [InvoicesApi#getInvoice] ---&gt; GET https://services.leadconnectorhq.com/invoices/abc?altType=location HTTP/1.1
 * [InvoicesApi#getInvoice] Authorization: &lt;redacted&gt;
 * [InvoicesApi#getInvoice] &lt;--- HTTP/1.1 200 OK (84ms)
 * </pre>
 */
final class RedactingLogger {

  static final String REDACTED = "<redacted>";
  private static final Set<String> SENSITIVE =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  private final RequestLogger sink;
  private final RequestLogging level;

  RedactingLogger(RequestLogger sink, RequestLogging level) {
    this.sink = sink;
    this.level = level;
  }

  /** Whether anything is logged at all. */
  boolean enabled() {
    return level != RequestLogging.NONE;
  }

  /**
   * Logs a request.
   *
   * @param tag the operation's log tag
   * @param request the request
   * @param body its body, or {@code null}
   * @param token the token the request carries, scrubbed from every line (a body may quote it)
   */
  void request(String tag, Request request, byte[] body, String token) {
    log(token, tag + "---> " + request.method() + " " + request.url() + " HTTP/1.1");
    if (level.compareTo(RequestLogging.HEADERS) >= 0) {
      headers(tag, request.headers(), token);
      int length = body == null ? 0 : body.length;
      if (level == RequestLogging.FULL && length > 0) {
        log(token, tag);
        log(token, tag + new String(body, StandardCharsets.UTF_8));
      }
      log(token, tag + "---> END HTTP (" + length + "-byte body)");
    }
  }

  /**
   * Logs an answer; at {@link RequestLogging#FULL} its body is read into memory to be logged and given back.
   *
   * @return the answer, with a body that can still be read
   */
  Response response(String tag, Response response, long elapsedMillis, String token) throws IOException {
    log(token, tag + "<--- " + protocol(response) + " " + response.code()
        + (response.message().isEmpty() ? "" : " " + response.message()) + " (" + elapsedMillis + "ms)");
    if (level.compareTo(RequestLogging.HEADERS) < 0) {
      return response;
    }
    headers(tag, response.headers(), token);
    if (level != RequestLogging.FULL) {
      log(token, tag + "<--- END HTTP");
      return response;
    }
    ResponseBody body = response.body();
    byte[] bytes = body.bytes();
    if (bytes.length > 0) {
      log(token, tag);
      log(token, tag + new String(bytes, StandardCharsets.UTF_8));
    }
    log(token, tag + "<--- END HTTP (" + bytes.length + "-byte body)");
    return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
  }

  void failure(String tag, IOException failure, long elapsedMillis, String token) {
    log(token, tag + "<--- ERROR " + failure.getClass().getSimpleName() + ": " + failure.getMessage() + " ("
        + elapsedMillis + "ms)");
  }

  private void headers(String tag, Headers headers, String token) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value = SENSITIVE.contains(name.toLowerCase(Locale.ROOT)) ? REDACTED : headers.value(i);
      log(token, tag + name + ": " + value);
    }
  }

  /** Every line passes here: a server may echo the token in a header or a body, even an error page. */
  private void log(String token, String line) {
    sink.log(TokenScrubbing.scrub(line, token));
  }

  private static String protocol(Response response) {
    return switch (response.protocol()) {
      case HTTP_1_0 -> "HTTP/1.0";
      case HTTP_2, H2_PRIOR_KNOWLEDGE -> "HTTP/2.0";
      default -> "HTTP/1.1";
    };
  }
}
