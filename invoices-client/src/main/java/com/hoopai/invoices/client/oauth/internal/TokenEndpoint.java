package com.hoopai.invoices.client.oauth.internal;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.internal.JsonCodec;
import com.hoopai.invoices.client.internal.Lazy;
import com.hoopai.invoices.client.internal.SecureUrls;
import com.hoopai.invoices.client.oauth.LocationInactiveException;
import com.hoopai.invoices.client.oauth.OAuthCredentials;
import com.hoopai.invoices.client.oauth.OAuthException;
import com.hoopai.invoices.client.oauth.ReauthorizationRequiredException;
import com.hoopai.invoices.client.oauth.UserType;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The HTTP side of OAuth: {@code POST /oauth/token} (refresh and authorization-code grants) and
 * {@code POST /oauth/locationToken}. One attempt per call, never a silent retry: a refresh token is single
 * use, so whether to try again is decided above, knowing whether the outcome is unknown. Logs one line per
 * exchange at {@code DEBUG} ({@code com.hoopai.invoices.oauth}): method, path, status, time; never a body.
 */
public final class TokenEndpoint {

  /** The {@code Version} header {@code /oauth/locationToken} requires. */
  public static final String LOCATION_TOKEN_API_VERSION = "2021-07-28";
  /** The largest answer read. */
  private static final long MAX_BODY = 256 * 1024;

  private static final System.Logger LOG = System.getLogger("com.hoopai.invoices.oauth");

  private enum Kind { REFRESH, CODE, LOCATION_TOKEN }

  private final OAuthCredentials credentials;
  private final OkHttpClient http;
  private final HttpUrl tokenUrl;
  private final HttpUrl locationTokenUrl;
  // Built at the first exchange: Jackson's set-up is startup time.
  private final Lazy<JsonCodec> json = Lazy.of(JsonFields::codec);
  private final String userAgent;

  /**
   * An endpoint for the credentials.
   *
   * @param credentials the app and its endpoints
   * @param http the client to derive from ({@code null} for a new one)
   * @param connectTimeout connect timeout
   * @param readTimeout read timeout; the whole call is bounded by twice this plus the connect timeout
   */
  public TokenEndpoint(OAuthCredentials credentials, OkHttpClient http, Duration connectTimeout,
      Duration readTimeout) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.tokenUrl = SecureUrls.checked(credentials.tokenUrl(), "tokenUrl");
    this.locationTokenUrl = SecureUrls.checked(credentials.locationTokenUrl(), "locationTokenUrl");
    OkHttpClient.Builder builder = http == null ? new OkHttpClient.Builder() : http.newBuilder();
    this.http = builder
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .writeTimeout(readTimeout)
        .callTimeout(connectTimeout.plus(readTimeout.multipliedBy(2)))
        // A token request is never sent twice behind our back, nor redirected with the secret in it.
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .build();
    String version = InvoicesClient.class.getPackage().getImplementationVersion();
    this.userAgent = "hoopai-invoices-jvm/" + (version == null ? "dev" : version)
        + " Java/" + System.getProperty("java.version");
  }

  /**
   * The longest a call may take.
   *
   * @return the call timeout
   */
  public Duration callTimeout() {
    return Duration.ofMillis(http.callTimeoutMillis());
  }

  /**
   * The credentials.
   *
   * @return the credentials
   */
  public OAuthCredentials credentials() {
    return credentials;
  }

  /**
   * Spends a refresh token: {@code grant_type=refresh_token}.
   *
   * @param key the location or company id, for messages
   * @param refreshToken the refresh token
   * @return the answer
   * @throws ReauthorizationRequiredException if the refresh token is refused (invalid grant)
   * @throws LocationInactiveException if the location is not active (the token was not spent)
   * @throws OAuthException for anything else; {@link OAuthException#refreshOutcomeUnknown()} tells whether the
   *     token may have been spent
   */
  public TokenResponse refresh(String key, String refreshToken) {
    FormBody form = new FormBody.Builder()
        .add("client_id", credentials.clientId())
        .add("client_secret", credentials.clientSecret())
        .add("grant_type", "refresh_token")
        .add("refresh_token", refreshToken)
        .add("user_type", credentials.userType().wireValue())
        .build();
    return call(Kind.REFRESH, key, new Request.Builder().url(tokenUrl).post(form), refreshToken);
  }

  /**
   * Exchanges an authorization code: {@code grant_type=authorization_code}.
   *
   * @param code the code from the redirect
   * @param redirectUri the redirect URI the consent used
   * @return the answer
   * @throws OAuthException if the exchange fails
   */
  public TokenResponse exchangeCode(String code, String redirectUri) {
    FormBody.Builder form = new FormBody.Builder()
        .add("client_id", credentials.clientId())
        .add("client_secret", credentials.clientSecret())
        .add("grant_type", "authorization_code")
        .add("code", code)
        .add("user_type", credentials.userType().wireValue());
    if (redirectUri != null) {
      form.add("redirect_uri", redirectUri);
    }
    return call(Kind.CODE, null, new Request.Builder().url(tokenUrl).post(form.build()), code);
  }

  /**
   * Mints a location token with an agency token.
   *
   * @param companyToken the agency (Company) access token
   * @param companyId the company
   * @param locationId the location
   * @return the answer
   * @throws UnauthorizedCompanyTokenException if the agency token was refused (401)
   * @throws LocationInactiveException if the location is not active
   * @throws OAuthException for anything else
   */
  public TokenResponse mintLocationToken(String companyToken, String companyId, String locationId) {
    FormBody form = new FormBody.Builder().add("companyId", companyId).add("locationId", locationId).build();
    Request.Builder request = new Request.Builder().url(locationTokenUrl).post(form)
        .header("Authorization", "Bearer " + companyToken)
        .header("Version", LOCATION_TOKEN_API_VERSION);
    return call(Kind.LOCATION_TOKEN, locationId, request, companyToken);
  }

  private TokenResponse call(Kind kind, String key, Request.Builder builder, String secret) {
    Request request = builder.header("Accept", "application/json").header("User-Agent", userAgent).build();
    String path = request.url().encodedPath();
    String[] secrets = {credentials.clientSecret(), secret};
    long started = System.nanoTime();
    try (Response response = http.newCall(request).execute()) {
      int status = response.code();
      LOG.log(System.Logger.Level.DEBUG, () -> "POST " + path + " (" + describe(kind) + (key == null ? "" : " of " + key)
          + ") -> " + status + " in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
      Map<String, Object> body;
      try {
        body = readJson(response.body());
      } catch (IOException e) {
        throw new OAuthException(what(kind, key) + " failed: the answer of POST " + path + " (" + status
            + ") could not be read (" + e.getClass().getSimpleName() + ")" + unknownSuffix(kind),
            key, path, status, null, kind == Kind.REFRESH, null);
      }
      if (status >= 200 && status < 300) {
        return success(kind, key, path, status, body);
      }
      throw failure(kind, key, path, status, body, secrets);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, () -> "POST " + path + " (" + describe(kind) + ") failed: "
          + e.getClass().getSimpleName());
      boolean notSent = e instanceof ConnectException || e instanceof UnknownHostException
          || e instanceof NoRouteToHostException;
      boolean timeout = e instanceof InterruptedIOException;
      throw new OAuthException(what(kind, key) + " failed: " + (timeout ? "timed out" : "connection failed")
          + " on POST " + path + " (" + e.getClass().getSimpleName() + ")"
          + (notSent ? " before the request was sent" : unknownSuffix(kind)),
          key, path, 0, null, kind == Kind.REFRESH && !notSent, null);
    }
  }

  private Map<String, Object> readJson(ResponseBody body) throws IOException {
    if (body == null) {
      return null;
    }
    okio.BufferedSource source = body.source();
    source.request(MAX_BODY);   // reads until MAX_BODY bytes or the end of the body
    byte[] bytes = source.getBuffer().readByteArray(Math.min(source.getBuffer().size(), MAX_BODY));
    if (bytes.length == 0) {
      return null;
    }
    try {
      return JsonFields.object(json.get(), bytes);
    } catch (JsonCodec.JsonShapeException e) {
      return null;   // not JSON (an HTML page from a proxy): treated as "no fields"
    }
  }

  private TokenResponse success(Kind kind, String key, String path, int status, Map<String, Object> body) {
    String access = text(body, "access_token", "accessToken");
    String refresh = text(body, "refresh_token", "refreshToken");
    if (access == null || (kind == Kind.CODE && refresh == null)) {
      throw new OAuthException(what(kind, key) + " failed: POST " + path + " answered " + status
          + " without " + (access == null ? "an access_token" : "a refresh_token") + unknownSuffix(kind),
          key, path, status, null, kind == Kind.REFRESH, null);
    }
    Object expires = body.containsKey("expires_in") ? body.get("expires_in") : body.get("expiresIn");
    long seconds = JsonFields.asLong(expires, -1);
    Long expiresIn = seconds > 0 ? seconds : null;
    return new TokenResponse(access, refresh, expiresIn, text(body, "scope"), text(body, "userType", "user_type"),
        text(body, "companyId"), text(body, "locationId"));
  }

  private OAuthException failure(Kind kind, String key, String path, int status, Map<String, Object> body,
      String[] secrets) {
    String serverText = Secrets.scrub(serverText(body), secrets);
    String lower = serverText == null ? "" : serverText.toLowerCase(Locale.ROOT);
    String error = Secrets.scrub(text(body, "error"), secrets);
    if (lower.contains("location is not active")) {
      return new LocationInactiveException(key, path, status, serverText);
    }
    boolean invalidGrant = "invalid_grant".equalsIgnoreCase(error) || lower.contains("invalid grant")
        || lower.contains("refresh token is invalid");
    if (kind == Kind.REFRESH && (status == 400 || status == 401) && invalidGrant) {
      return new ReauthorizationRequiredException(key, credentials.userType(),
          "the refresh token was refused (already used, revoked or expired)", path, status, serverText);
    }
    if (kind == Kind.LOCATION_TOKEN && status == 401) {
      return new UnauthorizedCompanyTokenException(key, path, serverText);
    }
    boolean unknown = kind == Kind.REFRESH && status >= 500;
    return new OAuthException(what(kind, key) + " failed: POST " + path + " answered " + status
        + (serverText == null ? "" : " (" + serverText + ")") + (unknown ? unknownSuffix(kind) : ""),
        key, path, status, serverText, unknown, null);
  }

  /** The server's words: {@code error}, {@code error_description}, {@code message} (string or list). */
  private static String serverText(Map<String, Object> body) {
    if (body == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String field : List.of("error", "error_description", "message")) {
      Object node = body.get(field);
      if (node instanceof List<?> list) {
        List<String> items = new ArrayList<>();
        list.forEach(item -> items.add(Objects.requireNonNullElse(JsonFields.text(item), "")));
        parts.add(String.join("; ", items));
      } else if (node instanceof Map<?, ?> object) {
        @SuppressWarnings("unchecked")
        String message = text((Map<String, Object>) object, "message");
        if (message != null) {
          parts.add(message);
        }
      } else if (JsonFields.text(node) != null) {
        parts.add(JsonFields.text(node));
      }
    }
    String joined = String.join(": ", parts);
    joined = joined.length() > 300 ? joined.substring(0, 300) + "..." : joined;
    return joined.isBlank() ? null : joined;
  }

  private static String text(Map<String, Object> body, String... fields) {
    if (body == null) {
      return null;
    }
    for (String field : fields) {
      String text = JsonFields.text(body.get(field));
      if (text != null && !text.isBlank()) {
        return text;
      }
    }
    return null;
  }

  private static String describe(Kind kind) {
    return switch (kind) {
      case REFRESH -> "refresh_token grant";
      case CODE -> "authorization_code grant";
      case LOCATION_TOKEN -> "location token";
    };
  }

  private String what(Kind kind, String key) {
    return switch (kind) {
      case REFRESH -> "token refresh for " + (credentials.userType() == UserType.COMPANY ? "company " : "location ")
          + key;
      case CODE -> "authorization code exchange";
      case LOCATION_TOKEN -> "location token for " + key;
    };
  }

  private static String unknownSuffix(Kind kind) {
    return kind == Kind.REFRESH
        ? "; the server may have spent the refresh token: it is kept, and tried once more after a back-off"
        : "";
  }
}
