package com.hoopai.invoices.client.internal;

import feign.Param;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * The checks of one generated API method's arguments, made before anything is sent: a {@link Required}
 * argument must not be null (nor a blank string), and a path id must not be a dot segment. Messages name
 * the method and the parameter. Built once per method, when the client is built.
 */
final class ArgumentChecks {

  private final String[] requiredNames;
  private final String[] pathNames;

  private ArgumentChecks(String[] requiredNames, String[] pathNames) {
    this.requiredNames = requiredNames;
    this.pathNames = pathNames;
  }

  static ArgumentChecks of(Method method) {
    Annotation[][] annotations = method.getParameterAnnotations();
    String[] required = new String[annotations.length];
    String[] paths = new String[annotations.length];
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof Required r) {
          required[i] = r.value();
        } else if (annotation instanceof Param p && p.expander() == PathSegmentExpander.class) {
          paths[i] = p.value();
        }
      }
    }
    return new ArgumentChecks(required, paths);
  }

  void check(String methodName, Object[] args) {
    if (args == null) {
      return;
    }
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      if (requiredNames[i] != null) {
        if (arg == null) {
          throw new IllegalArgumentException(methodName + ": " + requiredNames[i] + " is required");
        }
        if (arg instanceof String text && text.isBlank()) {
          throw new IllegalArgumentException(methodName + ": " + requiredNames[i] + " must not be blank");
        }
      }
      if (pathNames[i] != null && arg != null && (".".equals(arg) || "..".equals(arg))) {
        throw new IllegalArgumentException(methodName + ": " + pathNames[i] + " must not be '" + arg + "'");
      }
    }
  }
}
