package com.hoopai.invoices.client.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes timestamps the way the API writes them: ISO 8601 in UTC with exactly three fraction digits
 * ({@code 2026-03-04T15:30:00.000Z}), whatever the offset and precision of the value.
 */
final class UtcMillisTimestampSerializer extends StdSerializer<OffsetDateTime> {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");

  UtcMillisTimestampSerializer() {
    super(OffsetDateTime.class);
  }

  @Override
  public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    generator.writeString(FORMAT.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
  }
}
