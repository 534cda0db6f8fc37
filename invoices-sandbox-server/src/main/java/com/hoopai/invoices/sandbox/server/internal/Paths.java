package com.hoopai.invoices.sandbox.server.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Path helpers: the API, like NestJS, ignores a trailing slash ({@code /invoices} is {@code /invoices/}). */
final class Paths {

  private Paths() {
  }

  /** The segments of a path, without empty ones at the start or end. */
  static List<String> segments(String path) {
    List<String> segments = new ArrayList<>(Arrays.asList(path.split("/", -1)));
    segments.removeIf(String::isEmpty);
    return segments;
  }
}
