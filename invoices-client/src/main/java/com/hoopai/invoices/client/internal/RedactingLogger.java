package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.RequestLogger;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Feign's request log, written to a {@link RequestLogger}, with credentials replaced by
 * {@code <redacted>}: Feign logs each header as one {@code "%s: %s"} line, which is where the values
 * of sensitive headers are swapped out.
 */
final class RedactingLogger extends feign.Logger {

  static final String REDACTED = "<redacted>";
  private static final Set<String> SENSITIVE =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  private final RequestLogger sink;

  RedactingLogger(RequestLogger sink) {
    this.sink = sink;
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    if ("%s: %s".equals(format) && args.length == 2 && args[0] instanceof String name
        && SENSITIVE.contains(name.toLowerCase(Locale.ROOT))) {
      args = new Object[] {name, REDACTED};
    }
    sink.log(TokenScrubbing.scrub(methodTag(configKey) + String.format(format, args), null));
  }

  /** Logs a request as Feign would (here, where the protected method is in reach). */
  void request(String configKey, Level level, Request request) {
    logRequest(configKey, level, request);
  }

  /** Logs an answer as Feign would, reading the body into memory when the level shows it. */
  Response response(String configKey, Level level, Response response, long elapsedMillis) throws IOException {
    if (level != Level.FULL) {
      return logAndRebufferResponse(configKey, level, response, elapsedMillis);
    }
    // The body is logged: an error page may quote the token this request sent.
    String token = TokenScrubbing.sentToken(response.request());
    return new RedactingLogger(line -> sink.log(TokenScrubbing.scrub(line, token)))
        .logAndRebufferResponse(configKey, level, response, elapsedMillis);
  }

  /** Logs a transport failure as Feign would. */
  void failure(String configKey, Level level, IOException failure, long elapsedMillis) {
    logIOException(configKey, level, failure, elapsedMillis);
  }
}
