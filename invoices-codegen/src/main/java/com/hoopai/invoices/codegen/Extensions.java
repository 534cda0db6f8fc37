package com.hoopai.invoices.codegen;

import java.util.Map;

/** Reads the spec's vendor extensions, which the parser leaves {@code null} when a node has none. */
final class Extensions {

  private Extensions() {
  }

  static boolean isTrue(Map<String, Object> extensions, String name) {
    return Boolean.TRUE.equals(get(extensions, name));
  }

  static Object get(Map<String, Object> extensions, String name) {
    return extensions == null ? null : extensions.get(name);
  }
}
