package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.LocationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * {@link RequiredPropertyCheck} on Jackson 3: while a request body is written, a required property that is
 * {@code null} is reported by its path ({@code items[0].name}), and a location-bound view's location is
 * written as a {@link LocationScoped} body's unset {@code altId}; the writer attributes are those of
 * {@link RequiredProperties}.
 *
 * <pre>{@code
 * SimpleModule module = new SimpleModule("checks").setSerializerModifier(new Jackson3RequiredPropertyCheck());
 * }</pre>
 */
final class Jackson3RequiredPropertyCheck extends ValueSerializerModifier {

  private static final long serialVersionUID = 1L;

  @Override
  public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription.Supplier description,
      List<BeanPropertyWriter> properties) {
    List<BeanPropertyWriter> checked = new ArrayList<>(properties.size());
    for (BeanPropertyWriter property : properties) {
      boolean check = RequiredProperties.needsCheck(property.getName(), property.getMetadata().isRequired(),
          description.getBeanClass());
      checked.add(check ? new RequiredPropertyWriter(property) : property);
    }
    return checked;
  }

  private static final class RequiredPropertyWriter extends BeanPropertyWriter {
    private static final long serialVersionUID = 1L;

    RequiredPropertyWriter(BeanPropertyWriter base) {
      super(base);
    }

    @Override
    public void serializeAsProperty(Object bean, JsonGenerator generator, SerializationContext context)
        throws Exception {
      if (get(bean) != null) {
        super.serializeAsProperty(bean, generator, context);
        return;
      }
      Object location = context.getAttribute(RequiredProperties.LOCATION);
      if (location != null && RequiredProperties.isLocation(bean, getName())
          && generator.streamWriteContext().getParent().inRoot()) {
        generator.writeStringProperty(getName(), location.toString());
        return;
      }
      if (!getMetadata().isRequired()) {
        return;
      }
      RequiredProperties.report(context.getAttribute(RequiredProperties.MISSING),
          pathOf(generator.streamWriteContext(), getName()));
    }

    private static String pathOf(TokenStreamContext context, String property) {
      Deque<String> segments = new ArrayDeque<>();
      for (TokenStreamContext parent = context.getParent(); parent != null && !parent.inRoot(); parent = parent.getParent()) {
        segments.addFirst(parent.inArray() ? "[" + parent.getCurrentIndex() + "]" : "." + parent.currentName());
      }
      return RequiredProperties.path(segments, property);
    }
  }
}
