package com.hoopai.invoices.client.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Percent-decoding of query values Feign has already encoded. */
final class UrlDecoding {

  private UrlDecoding() {
  }

  static String decode(String value) {
    return value.indexOf('%') < 0 && value.indexOf('+') < 0 ? value : URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
