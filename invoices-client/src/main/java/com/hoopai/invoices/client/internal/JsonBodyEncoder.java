package com.hoopai.invoices.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import feign.codec.EncodeException;

/**
 * Writes request bodies as JSON, without nulls, refusing a body whose required property is missing.
 */
final class JsonBodyEncoder {

  private final ObjectWriter writer;

  JsonBodyEncoder(ObjectMapper mapper) {
    this.writer = mapper.writer();
  }

  /**
   * The JSON of a request body.
   *
   * @param body the body argument
   * @return UTF-8 JSON
   * @throws IllegalArgumentException naming the missing property, when a required one is unset
   */
  byte[] encode(Object body) {
    try {
      return writer.writeValueAsBytes(body);
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
