package com.hoopai.invoices.client.oauth;

import com.hoopai.invoices.client.internal.SecureUrls;
import com.hoopai.invoices.client.oauth.internal.TokenEndpoint;
import com.hoopai.invoices.client.oauth.internal.TokenResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Installing the app: send the customer to the consent page, then exchange the authorization code the
 * redirect brings for tokens, saved to the {@link TokenStore} under the location id (or company id).
 *
 * <pre>{@code
 * OAuthInstallFlow install = OAuthInstallFlow.of(tokens);          // the provider's app and store
 * String state = newRandomState(session);                          // check it on the way back (CSRF)
 * response.sendRedirect(install.consentUrl(
 *     List.of("invoices.readonly", "invoices.write"), "https://myapp.example/oauth/callback", state));
 *
 * // GET /oauth/callback?code=...&state=...
 * StoredTokens installed = install.exchangeCode(request.getParameter("code"),
 *     "https://myapp.example/oauth/callback");
 * log.info("installed for location {}", installed.key());
 * }</pre>
 */
public final class OAuthInstallFlow {

  /** The consent host: the white-label marketplace (HighLevel's own is {@code https://marketplace.gohighlevel.com}). */
  public static final String DEFAULT_MARKETPLACE_URL = "https://marketplace.leadconnectorhq.com";

  private final OAuthCredentials credentials;
  private final TokenStore store;
  private final TokenEndpoint endpoint;
  private final HttpUrl marketplace;
  private final Clock clock;

  private OAuthInstallFlow(Builder builder) {
    this.credentials = builder.credentials;
    this.store = builder.store;
    this.endpoint = builder.endpoint != null ? builder.endpoint
        : new TokenEndpoint(credentials, builder.httpClient, Duration.ofSeconds(10), Duration.ofSeconds(30));
    this.marketplace = builder.marketplace;
    this.clock = builder.clock;
  }

  /**
   * The install flow of a provider's app, saving to its store.
   *
   * @param provider the provider
   * @return the flow, with the default marketplace host
   */
  public static OAuthInstallFlow of(OAuthTokenProvider provider) {
    Builder builder = builder(provider.credentials(), provider.tokenStore());
    builder.endpoint = provider.settings().endpoint();
    builder.clock = provider.settings().clock();
    return builder.build();
  }

  /**
   * A builder.
   *
   * @param credentials the app and the kind of token to install
   * @param store where the tokens go
   * @return a new builder
   */
  public static Builder builder(OAuthCredentials credentials, TokenStore store) {
    return new Builder(credentials, store);
  }

  /**
   * The consent page's URL: {@code <marketplace>/v2/oauth/chooselocation?response_type=code&redirect_uri=...
   * &client_id=...&scope=<space separated>[&state=...]}.
   *
   * @param scopes the scopes to ask for, such as {@code invoices.readonly}
   * @param redirectUri where the customer comes back with {@code ?code=}, as registered with the app
   * @param state an opaque value to check on the way back (recommended against CSRF), or {@code null}
   * @return the URL
   * @throws IllegalArgumentException if no scope is given, a scope is blank or has spaces, or the
   *     redirect URI is not an absolute http(s) URL
   */
  public String consentUrl(Collection<String> scopes, String redirectUri, String state) {
    Objects.requireNonNull(scopes, "scopes");
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("at least one scope is required");
    }
    for (String scope : scopes) {
      if (scope == null || scope.isBlank() || scope.chars().anyMatch(c -> Character.isWhitespace(c)
          || Character.isISOControl(c))) {
        throw new IllegalArgumentException("a scope must be one non-blank word, was '" + scope + "'");
      }
    }
    HttpUrl.Builder url = marketplace.newBuilder()
        .addPathSegments("v2/oauth/chooselocation")
        .addQueryParameter("response_type", "code")
        .addQueryParameter("redirect_uri", checkRedirect(redirectUri))
        .addQueryParameter("client_id", credentials.clientId())
        .addQueryParameter("scope", String.join(" ", List.copyOf(scopes)));
    if (state != null) {
      url.addQueryParameter("state", state);
    }
    return url.build().toString();
  }

  /**
   * Exchanges the authorization code from the redirect for tokens ({@code grant_type=authorization_code})
   * and saves them under the location id (location credentials) or company id (company credentials),
   * replacing what the key held. An authorization code works once.
   *
   * @param code the {@code code} query parameter of the redirect
   * @param redirectUri the redirect URI the consent URL used
   * @return the tokens as stored, with their version
   * @throws OAuthException if the exchange is refused or fails (the message never shows the code)
   * @throws TokenStoreException if the tokens cannot be saved
   */
  public StoredTokens exchangeCode(String code, String redirectUri) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
    Instant sent = clock.instant();
    TokenResponse answer = endpoint.exchangeCode(code.strip(), checkRedirect(redirectUri));
    UserType type = answer.userType() != null ? parseOr(answer.userType(), credentials.userType())
        : credentials.userType();
    String key = type == UserType.COMPANY ? answer.companyId() : answer.locationId();
    if (key == null) {
      throw new OAuthException("authorization code exchange answered a " + type + " token without its "
          + (type == UserType.COMPANY ? "companyId" : "locationId") + "; nothing was stored", null,
          HttpUrl.get(credentials.tokenUrl()).encodedPath(), 200, null, false, null);
    }
    StoredTokens tokens = StoredTokens.builder()
        .key(key)
        .userType(type)
        .accessToken(answer.accessToken())
        .refreshToken(answer.refreshToken())
        .expiresAt(answer.expiresAt(sent))
        .scope(answer.scope())
        .companyId(answer.companyId())
        .locationId(answer.locationId())
        .build();
    return store.put(tokens);
  }

  @Override
  public String toString() {
    return "OAuthInstallFlow{clientId=" + credentials.clientId() + ", userType=" + credentials.userType()
        + ", marketplace=" + marketplace + ", store=" + store + "}";
  }

  private static UserType parseOr(String wire, UserType fallback) {
    try {
      return UserType.fromWire(wire);
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  private static String checkRedirect(String redirectUri) {
    if (redirectUri == null || HttpUrl.parse(redirectUri.strip()) == null) {
      throw new IllegalArgumentException("redirectUri must be an absolute http(s) URL");
    }
    return redirectUri.strip();
  }

  /**
   * Configures an {@link OAuthInstallFlow}.
   *
   * <pre>{@code
   * OAuthInstallFlow install = OAuthInstallFlow.builder(credentials, store)
   *     .marketplaceUrl("https://marketplace.gohighlevel.com")
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final OAuthCredentials credentials;
    private final TokenStore store;
    private HttpUrl marketplace = HttpUrl.get(DEFAULT_MARKETPLACE_URL);
    private OkHttpClient httpClient;
    private TokenEndpoint endpoint;
    private Clock clock = Clock.systemUTC();

    private Builder(OAuthCredentials credentials, TokenStore store) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The consent host (white-label marketplaces differ).
     *
     * @param url scheme and host, such as {@code https://marketplace.gohighlevel.com}; default
     *     {@value OAuthInstallFlow#DEFAULT_MARKETPLACE_URL}
     * @return this builder
     */
    public Builder marketplaceUrl(String url) {
      HttpUrl parsed = SecureUrls.checked(url, "marketplaceUrl");
      if (parsed.query() != null) {
        throw new IllegalArgumentException("marketplaceUrl must not have a query");
      }
      HttpUrl.Builder base = parsed.newBuilder();
      // "https://host/" and "https://host" are the same base.
      if (parsed.pathSegments().size() == 1 && parsed.pathSegments().get(0).isEmpty()) {
        base.removePathSegment(0);
      }
      this.marketplace = base.build();
      return this;
    }

    /**
     * The OkHttp client to derive the token endpoint's client from.
     *
     * @param httpClient the client
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Builds the flow.
     *
     * @return the flow
     */
    public OAuthInstallFlow build() {
      return new OAuthInstallFlow(this);
    }
  }
}
