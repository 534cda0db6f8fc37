package com.hoopai.invoices.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;

/**
 * The JSON library behind a client's calls, whichever Jackson it is: one implementation per library
 * ({@link Jackson3Codec}, {@link Jackson2Codec}), both with the same rules. Requests carry only what the
 * caller set (no {@code null}s) and name every missing required property; answers are read tolerantly
 * (unknown properties ignored, unknown enum values to {@code UNKNOWN}, numbers and strings coerced).
 *
 * <pre>{@code
 * JsonCodec codec = JsonCodecs.create(JsonLibrary.AUTO);
 * Invoice invoice = (Invoice) codec.read(body.byteStream(), Invoice.class);
 * }</pre>
 */
public interface JsonCodec {

  /**
   * Reads one value, streaming.
   *
   * @param in the body (read, not closed)
   * @param type what to decode
   * @return the value, or null when the body is empty or the JSON {@code null}
   * @throws JsonShapeException if the bytes are not JSON or not of the shape of {@code type}
   * @throws IOException if the stream stopped before its end or its encoding was corrupt
   */
  Object read(InputStream in, Type type) throws JsonShapeException, IOException;

  /**
   * Reads a small document into plain Java values: {@code Map<String, Object>} (in document order),
   * {@code List<Object>}, {@code String}, {@code Boolean}, integers and {@code BigDecimal}s, or null.
   *
   * @param json the document
   * @return its value
   * @throws JsonShapeException if the bytes are not JSON
   */
  Object readUntyped(byte[] json) throws JsonShapeException;

  /**
   * The JSON text of a value made of plain Java values (as {@link #readUntyped} gives them) or models.
   *
   * @param value the value
   * @return its compact JSON text
   * @throws IllegalArgumentException if it cannot be written
   */
  String writeUntyped(Object value);

  /**
   * Writes a request body as UTF-8 JSON, without nulls.
   *
   * @param body the body
   * @param location written as the unset {@code altId} of a root {@code LocationScoped} body; or null
   * @param missing null to stop at the first missing required property, or a list that receives the path
   *     of every missing one ({@code items[0].name}) while the whole body is written
   * @return the JSON, or null when {@code missing} is null and a required property is missing
   * @throws IllegalArgumentException if the body cannot be written as JSON at all
   */
  byte[] write(Object body, String location, List<String> missing);

  /**
   * Which library this is, for logs and tests.
   *
   * @return {@code jackson3} or {@code jackson2}
   */
  String name();

  /** The JSON is not JSON, or not of the expected shape; {@link #getMessage()} is short and says why. */
  final class JsonShapeException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * A shape problem.
     *
     * @param reason the library's first line about it
     * @param cause the library's exception
     */
    public JsonShapeException(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  /**
   * Why a body cannot be written, in the words every codec uses.
   *
   * @param reason the library's words
   * @return the exception to throw
   */
  static IllegalArgumentException unwritable(String reason) {
    return new IllegalArgumentException("the request body cannot be written as JSON: " + reason);
  }

  /**
   * The first line of a library's message, or the exception's class when it has none.
   *
   * @param message the library's message, or null
   * @param e the library's exception
   * @return one line
   */
  static String firstLine(String message, Throwable e) {
    return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }
}
