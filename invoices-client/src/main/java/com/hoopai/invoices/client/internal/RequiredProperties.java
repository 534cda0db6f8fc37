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

  /** Whether a body property is where a location-bound view writes its location. */
  static boolean isLocation(Object bean, String property) {
    return bean instanceof com.hoopai.invoices.client.LocationScoped && "altId".equals(property);
  }
}
