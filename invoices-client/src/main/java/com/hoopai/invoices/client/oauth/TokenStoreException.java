package com.hoopai.invoices.client.oauth;

/**
 * A {@link TokenStore} could not read or write. When it happens while saving freshly refreshed tokens,
 * they are kept in memory and saved again before anything else is done with that key; no refresh token
 * is spent meanwhile. Store implementations throw it for any I/O or database failure.
 *
 * <pre>{@code
 * throw new TokenStoreException("could not write tokens of " + key, key, ioException);
 * }</pre>
 */
public class TokenStoreException extends OAuthException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what failed; must not contain a token
   * @param key the store key, or {@code null}
   * @param cause the underlying failure, or {@code null}; its message must not contain a token either
   */
  public TokenStoreException(String message, String key, Throwable cause) {
    super(message, key, null, 0, null, false, cause);
  }
}
