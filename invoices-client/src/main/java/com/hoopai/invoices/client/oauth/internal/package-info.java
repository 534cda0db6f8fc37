/**
 * The OAuth provider's parts: the token endpoint's wire format, single flight per key, and the refresh
 * machinery behind {@link com.hoopai.invoices.client.oauth.OAuthTokenProvider}.
 *
 * <p>Not API: applications use the types of {@code com.hoopai.invoices.client.oauth}; anything here may
 * change in any release (see {@code com.hoopai.invoices.client.internal} for why no {@code module-info}
 * hides it).
 */
package com.hoopai.invoices.client.oauth.internal;
