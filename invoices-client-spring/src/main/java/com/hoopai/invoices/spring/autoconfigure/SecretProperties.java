package com.hoopai.invoices.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.core.env.PropertyResolver;

/**
 * Finds the HoopAI credentials among the entries the actuator shows ({@code /actuator/env},
 * {@code /actuator/configprops}), however they are named:
 * <ul>
 *   <li>by key: the starter's secrets however spelled ({@code hoopai.invoices.oauth.client-secret},
 *       {@code clientSecret} in {@code /actuator/configprops}, {@code HOOPAI_INVOICES_OAUTH_CLIENTSECRET}), and
 *       any key that names HoopAI and a credential ({@code HOOPAI_ACCESS_TOKEN}, {@code hoopai.api-key},
 *       {@code HOOPAI_CLIENT_SECRET}, {@code MY_HOOPAI_PASSWORD});
 *   <li>by value: any entry whose value is, or contains, the access token or client secret the starter is
 *       configured with, so {@code BILLING_PIT} behind {@code hoopai.invoices.access-token=${BILLING_PIT}} is
 *       masked too.
 * </ul>
 *
 * <pre>{@code
 * SanitizingFunction masking = data -> SecretProperties.sanitize(data, environment);
 * }</pre>
 */
final class SecretProperties {

  /** Words that make a HoopAI key a credential (on the key lower-cased, without separators). */
  private static final List<String> CREDENTIAL_WORDS =
      List.of("token", "secret", "password", "passwd", "credential", "apikey", "privatekey");

  /** The starter's own credential properties, whose values are masked wherever they appear. */
  private static final List<String> CREDENTIAL_PROPERTIES =
      List.of(ClientSettings.ACCESS_TOKEN, ClientSettings.CLIENT_SECRET);

  /** Shorter values are masked only where equal: a contained short string would mask unrelated entries. */
  private static final int CONTAINED_MIN_LENGTH = 8;

  private SecretProperties() {
  }

  /** Masks {@code data} when its key names a credential or its value holds one {@code environment} configures. */
  static SanitizableData sanitize(SanitizableData data, PropertyResolver environment) {
    if (isSecret(data.getKey()) || holdsCredential(data.getValue(), environment)) {
      return data.withSanitizedValue();
    }
    return data;
  }

  static boolean isSecret(String key) {
    if (key == null) {
      return false;
    }
    String bare = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (bare.contains("hoopai") && CREDENTIAL_WORDS.stream().anyMatch(bare::contains)) {
      return true;
    }
    // configprops names a bean's own fields, without the prefix
    return bare.equals("accesstoken") || bare.equals("clientsecret");
  }

  private static boolean holdsCredential(Object value, PropertyResolver environment) {
    if (value == null) {
      return false;
    }
    String text = value.toString();
    for (String credential : credentials(environment)) {
      if (text.equals(credential) || (credential.length() >= CONTAINED_MIN_LENGTH && text.contains(credential))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> credentials(PropertyResolver environment) {
    List<String> values = new ArrayList<>(2);
    for (String property : CREDENTIAL_PROPERTIES) {
      try {
        String value = environment.getProperty(property);
        if (value != null && !value.isBlank()) {
          values.add(value.strip());
        }
      } catch (IllegalArgumentException unresolvablePlaceholder) {
        // nothing configured to compare with
      }
    }
    return values;
  }
}
