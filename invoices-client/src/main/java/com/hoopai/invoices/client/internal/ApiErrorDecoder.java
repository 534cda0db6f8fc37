package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.errors.BadRequestException;
import com.hoopai.invoices.client.errors.ErrorDetails;
import com.hoopai.invoices.client.errors.ForbiddenException;
import com.hoopai.invoices.client.errors.HoopAiApiException;
import com.hoopai.invoices.client.errors.NotFoundException;
import com.hoopai.invoices.client.errors.RateLimitedException;
import com.hoopai.invoices.client.errors.ServerErrorException;
import com.hoopai.invoices.client.errors.UnauthorizedException;
import com.hoopai.invoices.client.errors.UnprocessableEntityException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one place that turns an error answer into a typed exception. Reads the API's error shapes
 * ({@code {statusCode, message, error}} with {@code message} a string or a list), and still gives a typed
 * exception with an excerpt when the body is not JSON (an HTML page from a proxy, a truncated body). Tokens
 * quoted in the body never reach the exception.
 */
final class ApiErrorDecoder {

  private final JsonCodec json;
  private final Supplier<ZonedDateTime> clock;

  ApiErrorDecoder(JsonCodec json, Supplier<ZonedDateTime> clock) {
    this.json = json;
    this.clock = clock;
  }

  /**
   * The exception for an error answer; a 401 is a {@link RejectedTokenException}, which the proxy replays.
   *
   * @param response the answer, whose body is read here (not closed)
   * @param call the call it answers
   * @return the exception
   */
  HoopAiApiException decode(okhttp3.Response response, ApiCall call) {
    byte[] body;
    try {
      body = ResponseBodies.readAtMost(response, ResponseBodies.MAX_ERROR_BODY);
    } catch (IOException e) {
      body = new byte[0]; // the status alone still says what happened
    }
    body = withoutCredentials(body, call.tokenSent());
    ParsedBody parsed = parse(body, ResponseBodies.contentType(response));
    okhttp3.Headers headers = response.headers();
    ErrorDetails details = new ErrorDetails(
        call.method(),
        call.path(),
        response.code(),
        parsed.messages(),
        parsed.error(),
        parsed.traceId() != null ? parsed.traceId() : headers.get("x-trace-id"),
        AnswerHeaders.rateLimit(headers),
        RetryAfter.parse(headers.get("Retry-After"), clock.get()),
        parsed.excerpt(),
        // A failure the server may have acted on, for a request that is not safe to repeat.
        response.code() >= 500 && !call.idempotent());
    if (details.statusCode() == 401) {
      return new RejectedTokenException(details);
    }
    return forStatus(details);
  }

  /**
   * The body with the token the call sent, and any bearer credential, replaced: a gateway may echo the
   * request's credentials into its error, and every text of the exception (message, excerpt,
   * {@code toString()}) comes from the body.
   */
  private static byte[] withoutCredentials(byte[] body, String tokenSent) {
    if (body.length == 0) {
      return body;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    String scrubbed = TokenScrubbing.scrub(text, tokenSent);
    return scrubbed == text ? body : scrubbed.getBytes(StandardCharsets.UTF_8);
  }

  static HoopAiApiException forStatus(ErrorDetails details) {
    int status = details.statusCode();
    return switch (status) {
      case 400 -> new BadRequestException(details);
      case 401 -> new UnauthorizedException(details);
      case 403 -> new ForbiddenException(details);
      case 404 -> new NotFoundException(details);
      case 422 -> new UnprocessableEntityException(details);
      case 429 -> new RateLimitedException(details);
      default -> status >= 500 ? new ServerErrorException(details) : new HoopAiApiException(details);
    };
  }

  private ParsedBody parse(byte[] body, String contentType) {
    if (body.length == 0) {
      return new ParsedBody(List.of(), null, null, null);
    }
    if (ResponseBodies.isJson(contentType)) {
      try {
        if (json.readUntyped(body) instanceof Map<?, ?> root) {
          Object errorNode = root.get("error");
          // The v3 shape nests everything: {"error": {"code": "...", "message": "..."}}.
          List<String> messages = messages(root.containsKey("message") || !(errorNode instanceof Map<?, ?> nested)
              ? root.get("message") : nested.get("message"));
          String error = text(errorNode);
          if (!messages.isEmpty() || error != null) {
            return new ParsedBody(messages, error, text(root.get("traceId")), null);
          }
        }
      } catch (JsonCodec.JsonShapeException notJson) {
        // fall through: report an excerpt
      }
    }
    return new ParsedBody(List.of(), null, null, ResponseBodies.excerpt(body, body.length));
  }

  private List<String> messages(Object message) {
    if (message == null) {
      return List.of();
    }
    if (message instanceof List<?> items) {
      List<String> all = new ArrayList<>(items.size());
      items.forEach(item -> all.add(item instanceof String text ? text : String.valueOf(scalarOrJson(item))));
      return all;
    }
    return List.of(String.valueOf(scalarOrJson(message)));
  }

  private String text(Object node) {
    if (node == null) {
      return null;
    }
    if (node instanceof Map<?, ?> object) {
      Object code = object.get("code");
      return code != null ? String.valueOf(scalarOrJson(code)) : json.writeUntyped(object);
    }
    return String.valueOf(scalarOrJson(node));
  }

  /** A scalar as its text; an object or array as its JSON, as the server wrote it (minus spacing). */
  private Object scalarOrJson(Object value) {
    return value instanceof Map<?, ?> || value instanceof List<?> ? json.writeUntyped(value) : value;
  }

  private record ParsedBody(List<String> messages, String error, String traceId, String excerpt) {
  }
}
