package com.hoopai.invoices.client.oauth;

import java.time.Instant;

/**
 * Hears what an {@link OAuthTokenProvider} does with each key's tokens, for alerts and metrics. Every method
 * has an empty default; the provider's default listener is {@link #logging()}. Called on the thread that
 * did the work: keep it quick, and do not ask the provider for a token from inside it.
 *
 * <pre>{@code
 * OAuthListener alerts = new OAuthListener() {
 *   @Override public void onReauthorizationRequired(ReauthorizationRequiredException e) {
 *     disconnected.add(e.key());
 *   }
 *   @Override public void onSaveFailed(String key, TokenStoreException e) {
 *     pager.page("token store down: " + e.getMessage());
 *   }
 * };
 * OAuthTokenProvider.builder(credentials).listener(OAuthListener.logging().andThen(alerts));
 * }</pre>
 */
public interface OAuthListener {

  /**
   * A refresh succeeded and its tokens are saved.
   *
   * @param key the location or company id
   * @param expiresAt when the new access token expires
   */
  default void onRefreshed(String key, Instant expiresAt) {
  }

  /**
   * A refresh failed for a reason other than a refused refresh token: location inactive, a 5xx or timeout
   * (see {@link OAuthException#refreshOutcomeUnknown()}), a store that could not be read. The provider backs
   * off before trying again.
   *
   * @param key the location or company id
   * @param error what went wrong
   */
  default void onRefreshFailed(String key, OAuthException error) {
  }

  /**
   * The refresh token was refused or no tokens are stored: the customer must authorize the app again.
   *
   * @param error names the key
   */
  default void onReauthorizationRequired(ReauthorizationRequiredException error) {
  }

  /**
   * Refreshed tokens could not be saved. They are kept in memory and saved again before that key's tokens
   * are used or refreshed; until then no refresh token of that key is spent. If the process stops before a
   * save succeeds, the new refresh token is lost.
   *
   * @param key the location or company id
   * @param error what the store said
   */
  default void onSaveFailed(String key, TokenStoreException error) {
  }

  /**
   * Tokens whose save had failed are now saved.
   *
   * @param key the location or company id
   */
  default void onSaveRecovered(String key) {
  }

  /**
   * This listener, then another.
   *
   * @param next called after this one
   * @return the combined listener
   */
  default OAuthListener andThen(OAuthListener next) {
    OAuthListener first = this;
    return new OAuthListener() {
      @Override
      public void onRefreshed(String key, Instant expiresAt) {
        first.onRefreshed(key, expiresAt);
        next.onRefreshed(key, expiresAt);
      }

      @Override
      public void onRefreshFailed(String key, OAuthException error) {
        first.onRefreshFailed(key, error);
        next.onRefreshFailed(key, error);
      }

      @Override
      public void onReauthorizationRequired(ReauthorizationRequiredException error) {
        first.onReauthorizationRequired(error);
        next.onReauthorizationRequired(error);
      }

      @Override
      public void onSaveFailed(String key, TokenStoreException error) {
        first.onSaveFailed(key, error);
        next.onSaveFailed(key, error);
      }

      @Override
      public void onSaveRecovered(String key) {
        first.onSaveRecovered(key);
        next.onSaveRecovered(key);
      }
    };
  }

  /**
   * Logs to the {@link System.Logger} {@code com.hoopai.invoices.oauth}: a save failure and a required
   * reauthorization at {@code ERROR}, other refresh failures at {@code WARNING}, refreshes at {@code DEBUG}.
   * Messages name keys, never tokens.
   *
   * @return the logging listener
   */
  static OAuthListener logging() {
    System.Logger log = System.getLogger("com.hoopai.invoices.oauth");
    return new OAuthListener() {
      @Override
      public void onRefreshed(String key, Instant expiresAt) {
        log.log(System.Logger.Level.DEBUG, () -> "refreshed the tokens of " + key + "; valid until " + expiresAt);
      }

      @Override
      public void onRefreshFailed(String key, OAuthException error) {
        log.log(System.Logger.Level.WARNING, error.getMessage());
      }

      @Override
      public void onReauthorizationRequired(ReauthorizationRequiredException error) {
        log.log(System.Logger.Level.ERROR, error.getMessage());
      }

      @Override
      public void onSaveFailed(String key, TokenStoreException error) {
        log.log(System.Logger.Level.ERROR, "refreshed tokens of " + key + " could not be saved; they are kept in"
            + " memory and the save is retried before any other use: " + error.getMessage(), error);
      }

      @Override
      public void onSaveRecovered(String key) {
        log.log(System.Logger.Level.WARNING, "refreshed tokens of " + key + " are now saved");
      }

      @Override
      public String toString() {
        return "OAuthListener.logging()";
      }
    };
  }
}
