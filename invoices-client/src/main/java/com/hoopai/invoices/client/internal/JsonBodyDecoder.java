package com.hoopai.invoices.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.hoopai.invoices.client.InvalidResponseException;
import feign.Response;
import feign.codec.Decoder;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads success bodies as JSON, streaming. A body that is not JSON (an HTML page), truncated, cut off in
 * transfer, badly encoded (corrupt gzip), empty or of the wrong shape gives an {@link InvalidResponseException}
 * with a short excerpt, never a raw Jackson or I/O error.
 */
final class JsonBodyDecoder implements Decoder {

  private final ObjectMapper mapper;
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  JsonBodyDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (response.body() == null) {
      throw invalid(response, "the answer has no body", "", null);
    }
    String contentType = ResponseBodies.contentType(response);
    if (!ResponseBodies.isJson(contentType)) {
      byte[] start;
      try {
        start = ResponseBodies.readAtMost(response, ResponseBodies.EXCERPT_LENGTH + 1);
      } catch (IOException e) {
        throw unreadable(response, "", e);
      }
      throw invalid(response, "expected JSON, got " + contentType, ResponseBodies.excerpt(start, start.length), null);
    }
    ObjectReader reader = readers.computeIfAbsent(type, this::readerFor);
    HeadCapturingStream in = new HeadCapturingStream(response.body().asInputStream());
    try (in) {
      Object value = reader.readValue(in);
      if (value == null) {
        throw invalid(response, "the answer has an empty body", in.excerpt(), null);
      }
      return value;
    } catch (JsonProcessingException e) {
      String reason = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
          : e.getOriginalMessage().lines().findFirst().orElse("");
      throw invalid(response, "the JSON could not be read as " + simpleName(type) + " (" + reason + ")",
          in.excerpt(), e);
    } catch (IOException e) {
      // The status and headers arrived, the body did not: cut mid-transfer, or an encoding (gzip) that does
      // not decode. The server processed the request; only its answer is lost.
      throw unreadable(response, in.excerpt(), e);
    }
  }

  private static InvalidResponseException unreadable(Response response, String excerpt, IOException e) {
    String detail = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
    return invalid(response, "the body could not be read in full (" + e.getClass().getSimpleName() + detail + ")",
        excerpt, e);
  }

  /** The exception for an unusable success body; the request's method and path are worked out only here. */
  private static InvalidResponseException invalid(Response response, String reason, String excerpt,
      Throwable cause) {
    return new InvalidResponseException(reason, ResponseBodies.method(response), ResponseBodies.path(response),
        response.status(), excerpt, cause);
  }

  private ObjectReader readerFor(Type type) {
    JavaType javaType = mapper.getTypeFactory().constructType(type);
    return mapper.readerFor(javaType);
  }

  private static String simpleName(Type type) {
    return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
  }

  /** Keeps the first bytes read, so a failure can show what the server sent. */
  static final class HeadCapturingStream extends FilterInputStream {
    private final byte[] head = new byte[ResponseBodies.EXCERPT_LENGTH + 1];
    private int captured;

    HeadCapturingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && captured < head.length) {
        head[captured++] = (byte) b;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0 && captured < head.length) {
        int copy = Math.min(n, head.length - captured);
        System.arraycopy(buffer, offset, head, captured, copy);
        captured += copy;
      }
      return n;
    }

    String excerpt() {
      return ResponseBodies.excerpt(Arrays.copyOf(head, captured), captured);
    }
  }
}
