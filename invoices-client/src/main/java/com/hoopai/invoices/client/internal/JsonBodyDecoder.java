package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.errors.InvalidResponseException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * Reads success bodies as JSON, streaming. A body that is not JSON (an HTML page), cut off mid-transfer,
 * undecodable (a corrupt gzip), empty or of the wrong shape gives an {@link InvalidResponseException} with a
 * short excerpt, never a raw Jackson or I/O error. Whichever Jackson the {@link JsonCodec} is, the body is read
 * as a stream, in one pass.
 */
final class JsonBodyDecoder {

  private final JsonCodec json;

  JsonBodyDecoder(JsonCodec json) {
    this.json = json;
  }

  /**
   * Decodes a success body.
   *
   * @param response the answer (its body is consumed, not closed)
   * @param type what to decode
   * @param call the call it answers
   * @return the value, never null
   * @throws InvalidResponseException if the body cannot be read as {@code type}
   */
  Object decode(okhttp3.Response response, Type type, ApiCall call) {
    String contentType = ResponseBodies.contentType(response);
    if (!ResponseBodies.isJson(contentType)) {
      byte[] start;
      try {
        start = ResponseBodies.readAtMost(response, ResponseBodies.EXCERPT_LENGTH + 1);
      } catch (IOException e) {
        throw unreadable(response, call, e, "");
      }
      throw invalid(response, call, "expected JSON, got " + contentType, ResponseBodies.excerpt(start, start.length),
          null);
    }
    HeadCapturingStream in = new HeadCapturingStream(response.body().byteStream());
    try (in) {
      Object value = json.read(in, type);
      if (value == null) {
        throw invalid(response, call, "the answer has an empty body", in.excerpt(), null);
      }
      return value;
    } catch (JsonCodec.JsonShapeException e) {
      throw invalid(response, call, "the JSON could not be read as " + simpleName(type) + " (" + e.getMessage() + ")",
          in.excerpt(), e.getCause());
    } catch (IOException e) {
      throw unreadable(response, call, e, in.excerpt());
    }
  }

  /** The body stopped before its end (a cut connection) or its encoding was corrupt. */
  private static InvalidResponseException unreadable(okhttp3.Response response, ApiCall call, IOException e,
      String excerpt) {
    return invalid(response, call, "the body could not be read to its end (" + e.getClass().getSimpleName()
        + "): cut off or corruptly encoded", excerpt, e);
  }

  private static InvalidResponseException invalid(okhttp3.Response response, ApiCall call, String reason,
      String excerpt, Throwable cause) {
    return new InvalidResponseException(reason, call.method(), call.path(), response.code(), excerpt, cause);
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
