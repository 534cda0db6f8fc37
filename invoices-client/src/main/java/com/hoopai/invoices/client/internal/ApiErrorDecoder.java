package com.hoopai.invoices.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hoopai.invoices.client.BadRequestException;
import com.hoopai.invoices.client.ErrorDetails;
import com.hoopai.invoices.client.ForbiddenException;
import com.hoopai.invoices.client.HoopAiApiException;
import com.hoopai.invoices.client.InvalidResponseException;
import com.hoopai.invoices.client.NotFoundException;
import com.hoopai.invoices.client.RateLimitInfo;
import com.hoopai.invoices.client.RateLimitedException;
import com.hoopai.invoices.client.ServerErrorException;
import com.hoopai.invoices.client.UnauthorizedException;
import com.hoopai.invoices.client.UnprocessableEntityException;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one place that turns an error answer into a typed exception. Reads the API's error shapes
 * ({@code {statusCode, message, error}} with {@code message} a string or a list), and still gives a typed
 * exception with an excerpt when the body is not JSON (an HTML page from a proxy, a truncated body). Tokens
 * quoted in the body never reach the exception.
 */
final class ApiErrorDecoder implements ErrorDecoder {

  private final ObjectMapper mapper;
  private final OperationCatalog operations;
  private final Supplier<ZonedDateTime> clock;

  ApiErrorDecoder(ObjectMapper mapper, OperationCatalog operations, Supplier<ZonedDateTime> clock) {
    this.mapper = mapper;
    this.operations = operations;
    this.clock = clock;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    String method = ResponseBodies.method(response);
    String path = ResponseBodies.path(response);
    byte[] body;
    try {
      body = ResponseBodies.readAtMost(response, ResponseBodies.MAX_ERROR_BODY);
    } catch (IOException e) {
      return new InvalidResponseException("the error body could not be read (" + e.getClass().getSimpleName()
          + ")", method, path, response.status(), "", e);
    }
    ParsedBody parsed = parse(withoutTokens(body, response), ResponseBodies.contentType(response));
    ErrorDetails details = new ErrorDetails(
        method,
        path,
        response.status(),
        parsed.messages(),
        parsed.error(),
        parsed.traceId() != null ? parsed.traceId() : RetryAfter.header(response.headers(), "x-trace-id"),
        RateLimitInfo.fromHeaders(response.headers()).orElse(null),
        RetryAfter.parse(RetryAfter.header(response.headers(), "retry-after"), clock.get()),
        parsed.excerpt(),
        // A failure the server may have acted on, for a request that is not safe to repeat.
        response.status() >= 500 && !operations.idempotent(methodKey));
    if (details.statusCode() == 401) {
      return new RejectedTokenException(details, bearerToken(response), locationOf(response));
    }
    return forStatus(details);
  }

  /**
   * The body with the token sent (and any bearer credential) removed: a gateway may echo the header it
   * refused, and every text of the exception (message, excerpt, {@code toString()}) comes from the body.
   */
  private static byte[] withoutTokens(byte[] body, Response response) {
    if (body.length == 0) {
      return body;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    String scrubbed = TokenScrubbing.scrub(text, TokenScrubbing.sentToken(response.request()));
    return scrubbed == text ? body : scrubbed.getBytes(StandardCharsets.UTF_8);
  }

  private static String bearerToken(Response response) {
    String authorization = RetryAfter.header(response.request().headers(), "authorization");
    return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
  }

  /** The location of a refused request: its query's altId, else its JSON body's (rare path, so parsed). */
  private String locationOf(Response response) {
    try {
      String query = java.net.URI.create(response.request().url()).getRawQuery();
      if (query != null) {
        for (String pair : query.split("&")) {
          if (pair.startsWith("altId=")) {
            return UrlDecoding.decode(pair.substring(6));
          }
        }
      }
      byte[] body = response.request().body();
      if (body != null && body.length > 0) {
        JsonNode altId = mapper.readTree(body).get("altId");
        return altId == null || !altId.isTextual() ? null : altId.asText();
      }
    } catch (IOException | IllegalArgumentException e) {
      // no location: the provider is asked without one
    }
    return null;
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
        JsonNode root = mapper.readTree(body);
        if (root != null && root.isObject()) {
          JsonNode errorNode = root.get("error");
          // The v3 shape nests everything: {"error": {"code": "...", "message": "..."}}.
          List<String> messages = messages(root.has("message") || errorNode == null || !errorNode.isObject()
              ? root.get("message") : errorNode.get("message"));
          String error = text(errorNode);
          if (!messages.isEmpty() || error != null) {
            return new ParsedBody(messages, error, text(root.get("traceId")), null);
          }
        }
      } catch (IOException notJson) {
        // fall through: report an excerpt
      }
    }
    return new ParsedBody(List.of(), null, null, ResponseBodies.excerpt(body, body.length));
  }

  private static List<String> messages(JsonNode message) {
    if (message == null || message.isNull()) {
      return List.of();
    }
    if (message.isArray()) {
      List<String> all = new ArrayList<>(message.size());
      message.forEach(item -> all.add(item.isTextual() ? item.asText() : item.toString()));
      return all;
    }
    return List.of(message.asText());
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isObject()) {
      JsonNode code = node.get("code");
      return code != null ? code.asText() : node.toString();
    }
    return node.asText();
  }

  private record ParsedBody(List<String> messages, String error, String traceId, String excerpt) {
  }
}
