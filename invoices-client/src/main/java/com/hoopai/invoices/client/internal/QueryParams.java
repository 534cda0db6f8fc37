package com.hoopai.invoices.client.internal;

import feign.Param;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a generated params object as a query string, the way stock Feign's field query-map encoder does:
 * every instance field is one parameter, named by its {@code @Param} (else its own name), left out when
 * null, its value's {@code toString()} (an enum's is its wire value) percent-encoded. The fields are read
 * through method handles made once per params class.
 */
final class QueryParams {

  private final String[] names;
  private final String[] encodedNames;
  private final MethodHandle[] getters;
  private final Object defaults;

  private QueryParams(String[] names, MethodHandle[] getters, Object defaults) {
    this.names = names;
    this.getters = getters;
    this.defaults = defaults;
    this.encodedNames = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      encodedNames[i] = PercentEncoding.encode(names[i]);
    }
  }

  /**
   * The encoder of one params class.
   *
   * @param type the class
   * @return the encoder
   * @throws IllegalStateException if its fields cannot be read
   */
  static QueryParams of(Class<?> type) {
    List<String> names = new ArrayList<>();
    List<MethodHandle> getters = new ArrayList<>();
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
          continue;
        }
        Param param = field.getAnnotation(Param.class);
        names.add(param == null ? field.getName() : param.value());
        getters.add(lookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, Object.class)));
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read the fields of " + type.getName(), e);
    }
    return new QueryParams(names.toArray(String[]::new), getters.toArray(MethodHandle[]::new), defaults(type));
  }

  /**
   * What {@code builder().build()} gives (the spec's defaults, such as the page size), or null when the
   * class has no builder or requires an input.
   */
  private static Object defaults(Class<?> type) {
    try {
      Object builder = type.getMethod("builder").invoke(null);
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The params a call without params stands for: an empty builder's, when it builds without input.
   *
   * @return the default params, or null
   */
  Object defaults() {
    return defaults;
  }

  /** Whether the params have a parameter of this name. */
  boolean has(String name) {
    return indexOf(name) >= 0;
  }

  /**
   * One parameter's value.
   *
   * @param params the params object
   * @param name the parameter
   * @return the value, or null when unset or unknown
   */
  Object value(Object params, String name) {
    int index = indexOf(name);
    return index < 0 ? null : read(index, params);
  }

  /**
   * Appends every set parameter.
   *
   * @param url the URL so far
   * @param params the params object, or null for none
   * @param queryStart where the query starts in {@code url} (equal to its length when there is none yet)
   */
  void append(StringBuilder url, Object params, int queryStart) {
    if (params == null) {
      return;
    }
    for (int i = 0; i < getters.length; i++) {
      Object value = read(i, params);
      if (value != null) {
        url.append(url.length() == queryStart ? '?' : '&').append(encodedNames[i]).append('=')
            .append(PercentEncoding.encode(value.toString()));
      }
    }
  }

  private int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private Object read(int index, Object params) {
    try {
      return getters[index].invokeExact(params);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
