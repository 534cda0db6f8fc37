package com.hoopai.invoices.client.internal;

/**
 * What the Jackson 2 and Jackson 3 request checks ({@link RequiredPropertyCheck},
 * {@link Jackson3RequiredPropertyCheck}) share, free of either library so that neither is loaded for the
 * other: the writer attributes they read and the signal they stop a write with.
 *
 * <pre>{@code
 * writer.withAttribute(RequiredProperties.MISSING, new ArrayList<String>()).writeValueAsBytes(body);
 * }</pre>
 */
final class RequiredProperties {

  /** Writer attribute: the location to write as a {@code LocationScoped} body's unset {@code altId}. */
  static final Object LOCATION = new Object();
  /** Writer attribute: a {@code List<String>} that collects the paths of missing required properties. */
  static final Object MISSING = new Object();

  private RequiredProperties() {
  }

  /** Thrown when a required property is null and no {@link #MISSING} list collects it; carries no stack. */
  static final class MissingPropertyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingPropertyException(String path) {
      super(path, null, false, false);
    }
  }

  /**
   * Records a missing property: into the {@link #MISSING} list when there is one, else by throwing.
   *
   * @param missing the writer's {@link #MISSING} attribute, or null
   * @param path the property's path
   */
  static void report(Object missing, String path) {
    if (missing instanceof java.util.List<?> list) {
      @SuppressWarnings("unchecked")
      java.util.List<String> paths = (java.util.List<String>) list;
      paths.add(path);
      return;
    }
    throw new MissingPropertyException(path);
  }

  /**
   * Whether a property's writer needs the check: it is required, or it is the {@code altId} of a
   * {@code LocationScoped} body, where a location-bound view writes its location.
   */
  static boolean needsCheck(String property, boolean required, Class<?> beanClass) {
    return required || "altId".equals(property)
        && com.hoopai.invoices.client.LocationScoped.class.isAssignableFrom(beanClass);
  }

  /**
   * The path of a property below the root, such as {@code items[0].name}.
   *
   * @param segments the enclosing objects and arrays from the outermost, each {@code ".name"} or {@code "[i]"}
   * @param property the property's name
   */
  static String path(java.util.Deque<String> segments, String property) {
    StringBuilder path = new StringBuilder();
    segments.forEach(path::append);
    path.append('.').append(property);
    return path.charAt(0) == '.' ? path.substring(1) : path.toString();
  }

  /** Whether a body property is where a location-bound view writes its location. */
  static boolean isLocation(Object bean, String property) {
    return bean instanceof com.hoopai.invoices.client.LocationScoped && "altId".equals(property);
  }
}
