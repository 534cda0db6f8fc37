package com.hoopai.invoices.client.oauth.internal;

import com.hoopai.invoices.client.JsonLibrary;
import com.hoopai.invoices.client.internal.JsonCodec;
import com.hoopai.invoices.client.internal.JsonCodecs;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads the fields of small JSON documents (token answers, token files) on whichever Jackson the application
 * has, as plain Java values: the OAuth code needs no tree type of either library.
 *
 * <pre>{@code
 * Map<String, Object> body = JsonFields.object(JsonFields.codec(), bytes);
 * String access = JsonFields.text(body.get("access_token"));
 * }</pre>
 */
public final class JsonFields {

  private JsonFields() {
  }

  /**
   * A codec of the Jackson the class path has (Jackson 3 first), as a client's default.
   *
   * @return a new codec
   * @throws IllegalStateException if neither Jackson is on the class path
   */
  public static JsonCodec codec() {
    return JsonCodecs.create(JsonLibrary.AUTO);
  }

  /**
   * A document's top-level object.
   *
   * @param codec the codec
   * @param json the document
   * @return its fields in document order, or null when the document is valid JSON but not an object
   * @throws JsonCodec.JsonShapeException if it is not JSON
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(JsonCodec codec, byte[] json) throws JsonCodec.JsonShapeException {
    return codec.readUntyped(json) instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
  }

  /**
   * A scalar's text: a string itself, a number or boolean as written; null for null, an object or an array.
   *
   * @param value a field's value
   * @return the text, or null
   */
  public static String text(Object value) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return value instanceof Number || value instanceof Boolean ? value.toString() : null;
  }

  /**
   * A number, or a string holding one, as a {@code long} (a fraction is dropped).
   *
   * @param value a field's value
   * @param otherwise what to answer for anything else
   * @return the number, or {@code otherwise}
   */
  public static long asLong(Object value, long otherwise) {
    if (value instanceof Number number) {
      return number.longValue();
    }
    if (value instanceof String text) {
      try {
        return new BigDecimal(text.strip()).longValue();
      } catch (NumberFormatException e) {
        return otherwise;
      }
    }
    return otherwise;
  }
}
