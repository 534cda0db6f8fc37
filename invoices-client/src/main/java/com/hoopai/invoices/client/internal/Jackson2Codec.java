package com.hoopai.invoices.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link JsonCodec} on Jackson 2 ({@code com.fasterxml.jackson.databind}), configured by
 * {@link JsonMapperFactory}.
 *
 * <pre>{@code
 * JsonCodec codec = new Jackson2Codec();
 * }</pre>
 */
final class Jackson2Codec implements JsonCodec {

  private final ObjectMapper mapper = JsonMapperFactory.create();
  private final ObjectWriter writer = mapper.writer();
  private final ObjectReader untyped = mapper.readerFor(Object.class);
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  @Override
  public Object read(InputStream in, Type type) throws JsonShapeException, IOException {
    try {
      return readers.computeIfAbsent(type, this::readerFor).readValue(in);
    } catch (JsonProcessingException e) {
      // Jackson 2 wraps some stream failures (a cut chunk, a corrupt gzip) in its own exceptions.
      if (e.getCause() instanceof IOException cutOff && !(cutOff instanceof JsonProcessingException)) {
        throw cutOff;
      }
      throw new JsonShapeException(JsonCodec.firstLine(e.getOriginalMessage(), e), e);
    }
  }

  @Override
  public Object readUntyped(byte[] json) throws JsonShapeException {
    try {
      return untyped.readValue(json);
    } catch (IOException e) {
      throw new JsonShapeException(e.getClass().getSimpleName(), e);
    }
  }

  @Override
  public String writeUntyped(Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw JsonCodec.unwritable(e.getOriginalMessage());
    }
  }

  @Override
  public byte[] write(Object body, String location, List<String> missing) {
    ObjectWriter bodyWriter = location == null ? writer : writer.withAttribute(RequiredPropertyCheck.LOCATION, location);
    if (missing != null) {
      bodyWriter = bodyWriter.withAttribute(RequiredPropertyCheck.MISSING, missing);
    }
    try {
      return bodyWriter.writeValueAsBytes(body);
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof RequiredProperties.MissingPropertyException) {
        return null;
      }
      throw JsonCodec.unwritable(e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw JsonCodec.unwritable(e.getOriginalMessage());
    }
  }

  @Override
  public String name() {
    return "jackson2";
  }

  private ObjectReader readerFor(Type type) {
    JavaType javaType = mapper.getTypeFactory().constructType(type);
    return mapper.readerFor(javaType);
  }
}
