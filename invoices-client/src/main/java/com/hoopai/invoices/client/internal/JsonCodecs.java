package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.JsonLibrary;

/**
 * Chooses and builds a client's {@link JsonCodec}. Whether a library is present is decided by finding one of
 * its class files with this class's loader, without loading it (a client's build loads no Jackson class); the
 * codec classes of a library that is absent are never loaded.
 *
 * <pre>{@code
 * JsonLibrary library = JsonCodecs.resolve(JsonLibrary.AUTO);   // JACKSON_3 in a Spring Boot 4 application
 * JsonCodec codec = JsonCodecs.create(library);
 * }</pre>
 */
public final class JsonCodecs {

  // A class Jackson3Codec needs that Jackson 3.0 may lack: an older Jackson 3 counts as absent.
  private static final String JACKSON_3_1 = "tools.jackson.databind.BeanDescription$Supplier";
  private static final String JACKSON_2_MAPPER = "com.fasterxml.jackson.databind.json.JsonMapper";
  private static final String JACKSON_2_JAVA_TIME = "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule";

  private JsonCodecs() {
  }

  /**
   * The library a choice stands for, checked against the class path.
   *
   * @param choice what the builder was given
   * @return {@code JACKSON_3} (3.1 or later) or {@code JACKSON_2}
   * @throws IllegalStateException if the library asked for (or, for {@code AUTO}, either) is missing
   */
  public static JsonLibrary resolve(JsonLibrary choice) {
    boolean jackson3 = present(JACKSON_3_1);
    boolean jackson2 = present(JACKSON_2_MAPPER) && present(JACKSON_2_JAVA_TIME);
    switch (choice) {
      case JACKSON_3:
        if (!jackson3) {
          throw missing("JsonLibrary.JACKSON_3", "tools.jackson.core:jackson-databind (3.1 or later)");
        }
        return JsonLibrary.JACKSON_3;
      case JACKSON_2:
        if (!jackson2) {
          throw missing("JsonLibrary.JACKSON_2", "com.fasterxml.jackson.core:jackson-databind (2.x) and "
              + "com.fasterxml.jackson.datatype:jackson-datatype-jsr310");
        }
        return JsonLibrary.JACKSON_2;
      default:
        if (jackson3) {
          return JsonLibrary.JACKSON_3;
        }
        if (jackson2) {
          return JsonLibrary.JACKSON_2;
        }
        throw missing("the client", "tools.jackson.core:jackson-databind (3.1 or later) or "
            + "com.fasterxml.jackson.core:jackson-databind (2.x)");
    }
  }

  /**
   * A new codec of the library a choice stands for.
   *
   * @param choice what the builder was given
   * @return the codec
   * @throws IllegalStateException if that library is missing
   */
  public static JsonCodec create(JsonLibrary choice) {
    return resolve(choice) == JsonLibrary.JACKSON_3 ? new Jackson3Codec() : new Jackson2Codec();
  }

  private static boolean present(String className) {
    ClassLoader loader = JsonCodecs.class.getClassLoader();
    String file = className.replace('.', '/') + ".class";
    return loader == null ? ClassLoader.getSystemResource(file) != null : loader.getResource(file) != null;
  }

  private static IllegalStateException missing(String who, String artifact) {
    return new IllegalStateException(who + " needs " + artifact + " on the class path");
  }
}
