package com.hoopai.invoices.client.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * {@link UtcMillisTimestampSerializer} on Jackson 3: timestamps as the API writes them, ISO 8601 in UTC with
 * exactly three fraction digits ({@code 2026-03-04T15:30:00.000Z}).
 *
 * <pre>{@code
 * module.addSerializer(OffsetDateTime.class, new Jackson3UtcMillisTimestampSerializer());
 * }</pre>
 */
final class Jackson3UtcMillisTimestampSerializer extends StdSerializer<OffsetDateTime> {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");

  Jackson3UtcMillisTimestampSerializer() {
    super(OffsetDateTime.class);
  }

  @Override
  public void serialize(OffsetDateTime value, JsonGenerator generator, SerializationContext context) {
    generator.writeString(FORMAT.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
  }
}
