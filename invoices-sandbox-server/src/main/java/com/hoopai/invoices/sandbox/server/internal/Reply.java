package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an operation answers: a status and a JSON body, or no body.
 *
 * @param status the HTTP status
 * @param body the body, or {@code null} for none
 */
record Reply(int status, JsonNode body) {

  /** 200 with a body. */
  public static Reply ok(JsonNode body) {
    return new Reply(200, body);
  }

  /** 201 with a body. */
  public static Reply created(JsonNode body) {
    return new Reply(201, body);
  }

  /** 200 without a body. */
  public static Reply empty() {
    return new Reply(200, null);
  }
}
