package com.hoopai.invoices.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The {@link JsonCodec} on Jackson 3 ({@code tools.jackson.databind}), with the rules of
 * {@link JsonMapperFactory}: Jackson 3's own defaults that differ from Jackson 2's (properties sorted
 * alphabetically, trailing tokens and nulls for primitives refused) are set back, so both codecs read and
 * write the same bytes.
 *
 * <pre>{@code
 * JsonCodec codec = new Jackson3Codec();
 * }</pre>
 */
final class Jackson3Codec implements JsonCodec {

  private final JsonMapper mapper = create();
  private final ObjectWriter writer = mapper.writer();
  private final ObjectReader untyped = mapper.readerFor(Object.class);
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  static JsonMapper create() {
    SimpleModule requestFormat = new SimpleModule("hoopai-request-format");
    requestFormat.setSerializerModifier(new Jackson3RequiredPropertyCheck());
    requestFormat.addSerializer(OffsetDateTime.class, new Jackson3UtcMillisTimestampSerializer());
    return JsonMapper.builder()
        .addModule(requestFormat)
        .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
  }

  @Override
  public Object read(InputStream in, Type type) throws JsonShapeException, IOException {
    try {
      return readers.computeIfAbsent(type, this::readerFor).readValue(in);
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      throw new JsonShapeException(JsonCodec.firstLine(e.getOriginalMessage(), e), e);
    }
  }

  @Override
  public Object readUntyped(byte[] json) throws JsonShapeException {
    try {
      return untyped.readValue(json);
    } catch (JacksonException e) {
      throw new JsonShapeException(e.getClass().getSimpleName(), e);
    }
  }

  @Override
  public String writeUntyped(Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JacksonException e) {
      throw JsonCodec.unwritable(e.getOriginalMessage());
    }
  }

  @Override
  public byte[] write(Object body, String location, List<String> missing) {
    ObjectWriter bodyWriter = location == null ? writer : writer.withAttribute(RequiredProperties.LOCATION, location);
    if (missing != null) {
      bodyWriter = bodyWriter.withAttribute(RequiredProperties.MISSING, missing);
    }
    try {
      return bodyWriter.writeValueAsBytes(body);
    } catch (RequiredProperties.MissingPropertyException e) {
      return null;
    } catch (JacksonException e) {
      if (e.getCause() instanceof RequiredProperties.MissingPropertyException) {
        return null;
      }
      throw JsonCodec.unwritable(e.getOriginalMessage());
    }
  }

  @Override
  public String name() {
    return "jackson3";
  }

  private ObjectReader readerFor(Type type) {
    return mapper.readerFor(mapper.constructType(type));
  }
}
