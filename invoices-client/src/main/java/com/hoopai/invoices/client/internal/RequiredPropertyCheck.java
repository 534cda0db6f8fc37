package com.hoopai.invoices.client.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.hoopai.invoices.client.LocationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Checks request bodies while they are written, so the common case costs no extra pass.
 *
 * <ul>
 *   <li>A required property (the generated {@code @JsonProperty(required = true)}) that is {@code null} fails
 *       the write, naming its path, such as {@code items[0].name}. With the {@link #MISSING} attribute set to a
 *       list, the write goes on instead and every missing path is added to it, to report them all at once.
 *   <li>The {@code altId} of a {@link LocationScoped} body that is {@code null} is written as the
 *       {@link #LOCATION} attribute, when set: a location-bound view's location goes into the JSON without
 *       the caller's object being modified.
 * </ul>
 */
final class RequiredPropertyCheck extends BeanSerializerModifier {

  private static final long serialVersionUID = 1L;

  /** Writer attribute: the location to write as a {@link LocationScoped} body's unset {@code altId}. */
  static final Object LOCATION = RequiredProperties.LOCATION;
  /** Writer attribute: a {@code List<String>} that collects the paths of missing required properties. */
  static final Object MISSING = RequiredProperties.MISSING;

  @Override
  public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
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
    public void serializeAsField(Object bean, JsonGenerator generator, SerializerProvider provider)
        throws Exception {
      if (get(bean) != null) {
        super.serializeAsField(bean, generator, provider);
        return;
      }
      Object location = provider.getAttribute(LOCATION);
      if (location != null && RequiredProperties.isLocation(bean, getName())
          && generator.getOutputContext().getParent().inRoot()) {
        generator.writeStringField(getName(), location.toString());
        return;
      }
      if (!getMetadata().isRequired()) {
        return;
      }
      RequiredProperties.report(provider.getAttribute(MISSING), pathOf(generator.getOutputContext(), getName()));
    }

    private static String pathOf(JsonStreamContext context, String property) {
      Deque<String> segments = new ArrayDeque<>();
      for (JsonStreamContext parent = context.getParent(); parent != null && !parent.inRoot(); parent = parent.getParent()) {
        segments.addFirst(parent.inArray() ? "[" + parent.getCurrentIndex() + "]" : "." + parent.getCurrentName());
      }
      return RequiredProperties.path(segments, property);
    }
  }
}
