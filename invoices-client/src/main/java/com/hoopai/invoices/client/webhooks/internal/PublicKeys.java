package com.hoopai.invoices.client.webhooks.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Parses the webhook public keys: X.509 SubjectPublicKeyInfo, as PEM or as bare base64 DER. A key that does
 * not parse is named by its list and position, never quoted.
 */
public final class PublicKeys {

  private PublicKeys() {
  }

  /**
   * Parses every key of a list, naming each bad one.
   *
   * @param keys PEM or base64 DER texts
   * @param algorithm {@code Ed25519} or {@code RSA}
   * @param listName the list's name in messages, e.g. {@code ed25519Keys}
   * @return the keys, in order
   * @throws IllegalArgumentException naming every key that does not parse
   */
  public static List<PublicKey> parseAll(List<String> keys, String algorithm, String listName) {
    List<PublicKey> parsed = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      try {
        parsed.add(parse(keys.get(i), algorithm));
      } catch (IllegalArgumentException e) {
        problems.add(listName + "[" + i + "] " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return List.copyOf(parsed);
  }

  /**
   * Parses one key.
   *
   * @param text PEM ({@code -----BEGIN PUBLIC KEY-----}) or base64 DER
   * @param algorithm {@code Ed25519} or {@code RSA}
   * @return the key
   * @throws IllegalArgumentException if it is not an X.509 public key of the algorithm
   */
  public static PublicKey parse(String text, String algorithm) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is blank");
    }
    String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
    byte[] der;
    try {
      der = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("is not base64 or PEM");
    }
    try {
      return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalArgumentException("is not an X.509 " + algorithm + " public key");
    }
  }
}
