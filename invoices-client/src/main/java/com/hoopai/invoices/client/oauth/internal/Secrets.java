package com.hoopai.invoices.client.oauth.internal;

/**
 * Keeps secrets out of text that may be shown: a server's error message could echo a parameter, and a
 * database error a value it refused.
 */
public final class Secrets {

  /** What a secret is replaced with. */
  public static final String REDACTED = "<redacted>";

  private Secrets() {
  }

  /**
   * The text with every occurrence of every secret replaced by {@value #REDACTED}.
   *
   * @param text the text, or {@code null}
   * @param secrets the secrets; null or very short ones are ignored
   * @return the scrubbed text, or {@code null}
   */
  public static String scrub(String text, String... secrets) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 4) {
        result = result.replace(secret, REDACTED);
      }
    }
    return result;
  }

  /**
   * Whether the text, or the message of any cause in the chain, contains one of the secrets.
   *
   * @param error the failure
   * @param secrets the secrets
   * @return true if a secret shows
   */
  public static boolean leaks(Throwable error, String... secrets) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String text = t.getMessage();
      if (text != null && !text.equals(scrub(text, secrets))) {
        return true;
      }
      String local = t.getLocalizedMessage();
      if (local != null && !local.equals(scrub(local, secrets))) {
        return true;
      }
      if (t.toString() != null && !t.toString().equals(scrub(t.toString(), secrets))) {
        return true;
      }
    }
    return false;
  }
}
