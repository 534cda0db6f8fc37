package com.hoopai.invoices.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.hoopai.invoices.client.LocationScoped;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes request bodies as JSON, without nulls, refusing a body whose required property is missing.
 * It also tells the headers interceptor which location the body is about (see {@link LocationHint}).
 */
final class JsonBodyEncoder implements Encoder {

  private final ObjectWriter writer;

  JsonBodyEncoder(ObjectMapper mapper) {
    this.writer = mapper.writer();
  }

  @Override
  public void encode(Object body, Type bodyType, RequestTemplate template) {
    if (body instanceof LocationScoped scoped && scoped.getAltId() != null) {
      LocationHint.set(template, scoped.getAltId());
    }
    try {
      template.body(writer.writeValueAsBytes(body), StandardCharsets.UTF_8);
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof RequiredPropertyCheck.MissingPropertyException missing) {
        throw new IllegalArgumentException("body." + missing.getMessage() + " is required", null);
      }
      throw new EncodeException("could not write the request body: " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new EncodeException("could not write the request body: " + e.getOriginalMessage(), e);
    }
  }
}
