package com.hoopai.invoices.client.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps bearer tokens out of what the SDK shows: a proxy or gateway may quote the {@code Authorization}
 * header it refused in its error body, and that body becomes an exception's message and may be logged.
 * Removes the token the SDK sent on the request, and any {@code Bearer ...} credential whatever it is.
 */
final class TokenScrubbing {

  static final String REDACTED = "<redacted>";
  /** "Bearer" and the credential after it, as RFC 6750 spells it (also URL- or JSON-escaped separators). */
  private static final Pattern BEARER =
      Pattern.compile("(?i)\\b(bearer)(\\s+|%20|\\+|\\\\u0020)[A-Za-z0-9\\-._~+/]+=*");
  /** Shorter values are not worth hunting for: they would match ordinary text. */
  private static final int MIN_TOKEN_LENGTH = 6;

  private TokenScrubbing() {
  }

  /**
   * The text without the token and without any bearer credential.
   *
   * @param text the text, or {@code null}
   * @param token the token the SDK sent, or {@code null}
   * @return the scrubbed text (the same instance when nothing was found)
   */
  static String scrub(String text, String token) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    if (token != null && token.length() >= MIN_TOKEN_LENGTH && result.contains(token)) {
      result = result.replace(token, REDACTED);
    }
    Matcher bearer = BEARER.matcher(result);
    if (bearer.find()) {
      result = bearer.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + REDACTED));
    }
    return result;
  }

  /**
   * Whether {@link #scrub} would change the text: lets callers skip copying bytes in the usual case.
   *
   * @param text the text
   * @param token the token sent, or {@code null}
   * @return true if a token or a bearer credential shows
   */
  static boolean shows(String text, String token) {
    return text != null && !text.equals(scrub(text, token));
  }
}
