package com.hoopai.invoices.client.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Checks the URLs credentials travel to (the API's base URL, the OAuth endpoints): {@code https} only,
 * except loopback hosts, for tests.
 */
public final class SecureUrls {

  private SecureUrls() {
  }

  /**
   * Parses and checks a URL that secrets are sent to.
   *
   * @param url the URL
   * @param name the setting's name, for the message
   * @return the parsed URL
   * @throws IllegalArgumentException if it is malformed, carries credentials or a fragment, or uses plain
   *     http to a host that is not loopback
   */
  public static HttpUrl checked(String url, String name) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    HttpUrl parsed = HttpUrl.parse(url.strip());
    // OkHttp forgives "https:///x" (reading "x" as the host): a URL must name its host right away.
    if (parsed == null || !url.strip().matches("(?i)https?://[^/?#].*")) {
      throw new IllegalArgumentException(name + " is not an http(s) URL");
    }
    if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
      throw new IllegalArgumentException(name + " must not carry credentials");
    }
    if (parsed.fragment() != null) {
      throw new IllegalArgumentException(name + " must not have a fragment");
    }
    if (!parsed.isHttps() && !isLoopback(parsed.host())) {
      throw new IllegalArgumentException(
          name + " must use https: plain http is allowed only for loopback hosts, not " + parsed.host());
    }
    return parsed;
  }

  private static boolean isLoopback(String host) {
    if (host.toLowerCase(Locale.ROOT).equals("localhost")) {
      return true;
    }
    // Only literal addresses: a name is never resolved here, so DNS cannot make a host "loopback".
    if (!host.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
      return false;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
