package com.hoopai.invoices.client.oauth.internal;

import com.hoopai.invoices.client.oauth.StoredTokens;

/** Argument checks shared by the token stores. */
public final class StoreChecks {

  private StoreChecks() {
  }

  /**
   * Checks the arguments of {@code TokenStore.saveRefreshed}.
   *
   * @param key the key
   * @param expectedVersion the version the refresh started from
   * @param next the new tokens
   * @throws IllegalArgumentException if {@code next} has another key or a version other than one more
   */
  public static void checkNext(String key, long expectedVersion, StoredTokens next) {
    if (!next.key().equals(key)) {
      throw new IllegalArgumentException("next tokens have key " + next.key() + ", expected " + key);
    }
    if (next.version() != expectedVersion + 1) {
      throw new IllegalArgumentException(
          "next tokens must have version " + (expectedVersion + 1) + ", had " + next.version());
    }
  }

  /**
   * Checks a store key.
   *
   * @param key the key
   * @return the key
   * @throws IllegalArgumentException if blank or containing control characters
   */
  public static String checkKey(String key) {
    if (key == null || key.isBlank() || key.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("key must not be blank or contain control characters");
    }
    return key;
  }

  /**
   * Checks a lease owner.
   *
   * @param owner the owner
   * @return the owner
   * @throws IllegalArgumentException if blank
   */
  public static String checkOwner(String owner) {
    if (owner == null || owner.isBlank()) {
      throw new IllegalArgumentException("owner must not be blank");
    }
    return owner;
  }
}
