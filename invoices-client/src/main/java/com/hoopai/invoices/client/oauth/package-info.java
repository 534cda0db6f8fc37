/**
 * OAuth for the client, without Spring: tokens refreshed ahead of expiry and after a 401, one refresh per
 * key however many threads (and processes) need it, and a rotated refresh token that is saved before the
 * new access token is used, so it is never lost.
 *
 * <ul>
 *   <li>{@link com.hoopai.invoices.client.oauth.OAuthTokenProvider}: the client's token provider for
 *       location (or company) tokens kept in a {@link com.hoopai.invoices.client.oauth.TokenStore}.
 *   <li>{@link com.hoopai.invoices.client.oauth.AgencyLocationTokenProvider}: location tokens minted from an
 *       agency token.
 *   <li>{@link com.hoopai.invoices.client.oauth.OAuthInstallFlow}: the consent URL and the code exchange.
 *   <li>Stores: {@link com.hoopai.invoices.client.oauth.InMemoryTokenStore},
 *       {@link com.hoopai.invoices.client.oauth.FileTokenStore},
 *       {@link com.hoopai.invoices.client.oauth.JdbcTokenStore}.
 * </ul>
 *
 * <pre>{@code
 * OAuthCredentials app = OAuthCredentials.of(clientId, clientSecret, UserType.LOCATION);
 * OAuthTokenProvider tokens = OAuthTokenProvider.builder(app)
 *     .tokenStore(new JdbcTokenStore(dataSource).createTableIfMissing())
 *     .build();
 * InvoicesClient client = InvoicesClient.builder().accessTokenProvider(tokens).build();
 * }</pre>
 *
 * <p>No type here shows a token or the client secret in {@code toString()}, an exception message or a log
 * line. The {@code internal} package has no compatibility promise.
 */
package com.hoopai.invoices.client.oauth;
