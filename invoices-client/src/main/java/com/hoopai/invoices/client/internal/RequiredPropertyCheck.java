package com.hoopai.invoices.client.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Fails the serialization of a body whose required property (as the spec says, via the generated
 * {@code @JsonProperty(required = true)}) is {@code null}, naming the property's path, such as
 * {@code items[0].name}. It runs while the body is written, so it costs no extra pass.
 */
final class RequiredPropertyCheck extends BeanSerializerModifier {

  private static final long serialVersionUID = 1L;

  @Override
  public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
      List<BeanPropertyWriter> properties) {
    List<BeanPropertyWriter> checked = new ArrayList<>(properties.size());
    for (BeanPropertyWriter property : properties) {
      checked.add(property.getMetadata().isRequired() ? new RequiredPropertyWriter(property) : property);
    }
    return checked;
  }

  /** Thrown when a required property is null; the encoder turns it into an IllegalArgumentException. */
  static final class MissingPropertyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingPropertyException(String path) {
      super(path, null, false, false);
    }
  }

  private static final class RequiredPropertyWriter extends BeanPropertyWriter {
    private static final long serialVersionUID = 1L;

    RequiredPropertyWriter(BeanPropertyWriter base) {
      super(base);
    }

    @Override
    public void serializeAsField(Object bean, JsonGenerator generator, SerializerProvider provider)
        throws Exception {
      if (get(bean) == null) {
        throw new MissingPropertyException(pathOf(generator.getOutputContext(), getName()));
      }
      super.serializeAsField(bean, generator, provider);
    }

    private static String pathOf(JsonStreamContext context, String property) {
      StringBuilder path = new StringBuilder();
      for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
        JsonStreamContext parent = at.getParent();
        if (parent == null || parent.inRoot()) {
          break;
        }
        String segment = parent.inArray() ? "[" + parent.getCurrentIndex() + "]" : "." + parent.getCurrentName();
        path.insert(0, segment);
      }
      path.append('.').append(property);
      return path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }
  }
}
