package com.hoopai.invoices.client.internal;

import java.time.ZonedDateTime;

/**
 * The parts of a client that need JSON: the exchange (request headers, transport, decoders, log) and the
 * body encoder, on one {@link JsonCodec} of the Jackson the settings name. Built at a client's first call:
 * Jackson's set-up is startup time an application should not pay for a client it has not used yet (and this
 * class keeps Jackson's classes from loading before then).
 */
final class WireCodec {

  private final OperationExchange exchange;
  private final JsonBodyEncoder encoder;

  WireCodec(ClientRuntime.Settings settings, CallTraces traces) {
    JsonCodec json = JsonCodecs.create(settings.jsonLibrary());
    this.exchange = new OperationExchange(
        new RequestHeaders(settings.tokens(), settings.apiVersion(), settings.userAgent()),
        new GovernedHttpClient(settings.governor(), traces),
        new JsonBodyDecoder(json),
        new ApiErrorDecoder(json, ZonedDateTime::now),
        new RedactingLogger(settings.logger(), settings.logging()));
    this.encoder = new JsonBodyEncoder(json);
  }

  OperationExchange exchange() {
    return exchange;
  }

  JsonBodyEncoder encoder() {
    return encoder;
  }
}
