package com.hoopai.invoices.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Builds the client's {@link ObjectMapper}: one per client, shared by its encoder and decoders.
 *
 * <ul>
 *   <li>Requests carry only what the caller set: an optional {@code null} is never written (a {@code null}
 *       in a PUT can wipe data), and a required property left {@code null} fails before anything is sent,
 *       naming it (so the generated models' {@code JsonInclude.ALWAYS} on required properties never
 *       writes a {@code null} either).
 *   <li>Answers are read tolerantly: unknown properties are ignored, numbers sent as strings and strings
 *       sent as numbers are coerced, an empty string reads as a missing object, unknown enum values map
 *       to the generated {@code UNKNOWN_DEFAULT_OPEN_API} constant.
 *   <li>Days are written {@code 2026-03-01}; timestamps in UTC with milliseconds, as the API writes them
 *       ({@code 2026-03-04T15:30:00.000Z}); untyped numbers (free-form maps) keep every digit as BigDecimal.
 * </ul>
 */
public final class JsonMapperFactory {

  private JsonMapperFactory() {
  }

  /**
   * A new mapper configured as described above.
   *
   * @return the mapper
   */
  public static ObjectMapper create() {
    SimpleModule requestFormat = new SimpleModule("hoopai-request-format");
    requestFormat.setSerializerModifier(new RequiredPropertyCheck());
    requestFormat.addSerializer(java.time.OffsetDateTime.class, new UtcMillisTimestampSerializer());
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(requestFormat)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
  }
}
