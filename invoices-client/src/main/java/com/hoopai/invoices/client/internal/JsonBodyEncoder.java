package com.hoopai.invoices.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes request bodies as JSON, without nulls, refusing a body whose required properties are missing:
 * all of them are named at once.
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
   * @param location a location-bound view's location, written as the body's {@code altId} when it has none;
   *     or null
   * @param problems where missing required properties are reported ({@code body.items[0].name is required})
   * @return UTF-8 JSON, or null when a problem was reported
   * @throws IllegalArgumentException if the body cannot be written as JSON at all
   */
  byte[] encode(Object body, String location, List<String> problems) {
    ObjectWriter bodyWriter = location == null ? writer : writer.withAttribute(RequiredPropertyCheck.LOCATION, location);
    try {
      return bodyWriter.writeValueAsBytes(body);
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof RequiredPropertyCheck.MissingPropertyException) {
        reportEveryMissingProperty(bodyWriter, body, problems);
        return null;
      }
      throw unwritable(e);
    } catch (JsonProcessingException e) {
      throw unwritable(e);
    }
  }

  /** The rare path: writes the body again, collecting every missing property instead of stopping at one. */
  private static void reportEveryMissingProperty(ObjectWriter bodyWriter, Object body, List<String> problems) {
    List<String> missing = new ArrayList<>();
    try {
      bodyWriter.withAttribute(RequiredPropertyCheck.MISSING, missing).writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw unwritable(e);
    }
    for (String path : missing) {
      problems.add("body." + path + " is required");
    }
  }

  private static IllegalArgumentException unwritable(JsonProcessingException e) {
    return new IllegalArgumentException("the request body cannot be written as JSON: " + e.getOriginalMessage());
  }
}
