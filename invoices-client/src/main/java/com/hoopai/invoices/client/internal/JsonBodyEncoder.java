package com.hoopai.invoices.client.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes request bodies as JSON, without nulls, refusing a body whose required properties are missing:
 * all of them are named at once.
 */
final class JsonBodyEncoder {

  private final JsonCodec json;

  JsonBodyEncoder(JsonCodec json) {
    this.json = json;
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
    byte[] bytes = json.write(body, location, null);
    if (bytes == null) {
      // The rare path: writes the body again, collecting every missing property instead of stopping at one.
      List<String> missing = new ArrayList<>();
      json.write(body, location, missing);
      for (String path : missing) {
        problems.add("body." + path + " is required");
      }
    }
    return bytes;
  }
}
