package com.hoopai.invoices.spring.autoconfigure;

import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;

/**
 * The secrets among the properties: the fixed access token and the OAuth client secret, however their key is
 * spelled ({@code hoopai.invoices.oauth.client-secret}, {@code clientSecret} in {@code /actuator/configprops},
 * {@code HOOPAI_INVOICES_OAUTH_CLIENTSECRET} in the environment).
 */
final class SecretProperties {

  private SecretProperties() {
  }

  static SanitizableData sanitize(SanitizableData data) {
    return isSecret(data.getKey()) ? data.withSanitizedValue() : data;
  }

  static boolean isSecret(String key) {
    if (key == null) {
      return false;
    }
    String bare = key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(".", "");
    return bare.endsWith("hoopaiinvoicesaccesstoken") || bare.endsWith("hoopaiinvoicesoauthclientsecret")
        // configprops names a bean's own fields, without the prefix
        || bare.equals("accesstoken") || bare.equals("clientsecret");
  }
}
