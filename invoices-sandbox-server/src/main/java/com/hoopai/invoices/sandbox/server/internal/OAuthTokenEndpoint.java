package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * {@code POST /oauth/token}: the {@code authorization_code} and {@code refresh_token} grants, with the
 * API's snake_case fields, form-encoded (JSON is read too). Refresh tokens work once: each refresh answers
 * a new one, and a used one answers {@code 400 Invalid grant}.
 */
final class OAuthTokenEndpoint {

  /** The path. */
  public static final String PATH = "/oauth/token";

  private final OAuthState state;
  private final TokenStore tokens;
  private final String clientId;
  private final String clientSecret;
  private final String companyId;
  private final ObjectMapper mapper;

  /**
   * The endpoint.
   *
   * @param state the tokens, inactive locations and counters
   * @param clientId the app's client id
   * @param clientSecret the app's client secret
   * @param mapper the JSON mapper
   */
  OAuthTokenEndpoint(OAuthState state, String clientId, String clientSecret, ObjectMapper mapper) {
    this.state = state;
    this.tokens = state.tokens();
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.companyId = state.companyId();
    this.mapper = mapper;
  }

  /**
   * Answers a token request.
   *
   * @param request the request
   * @return the tokens
   * @throws ApiException 400 for a missing or invalid parameter or grant, 401 for wrong client credentials
   */
  Reply handle(IncomingRequest request) {
    if (!request.method().equals("POST")) {
      throw ApiException.notFound("Cannot " + request.method() + " " + PATH);
    }
    Map<String, String> form = fields(request);
    String grantType = required(form, "grant_type");
    String id = required(form, "client_id");
    String secret = required(form, "client_secret");
    if (!id.equals(clientId) || !secret.equals(clientSecret)) {
      throw ApiException.unauthorized("Invalid client: client credentials are invalid");
    }
    String userType = form.get("user_type");
    if (userType != null && !userType.equals("Location") && !userType.equals("Company")) {
      throw ApiException.badRequest("Invalid parameter: user_type");
    }
    Grant grant = switch (grantType) {
      case "authorization_code" -> redeem(tokens.redeemCode(required(form, "code")), "authorization code");
      case "refresh_token" -> refresh(required(form, "refresh_token"));
      case "client_credentials" -> throw ApiException.badRequest(
          "Invalid parameter: grant_type (the sandbox serves authorization_code and refresh_token)");
      default -> throw ApiException.badRequest("Invalid parameter: grant_type");
    };
    if (userType != null && userType.equals("Company") != grant.agency()) {
      // The install decides: a location install yields Location tokens, an agency install Company ones.
      throw ApiException.badRequest("Invalid parameter: user_type");
    }
    return Reply.ok(answer(tokens.issue(grant)));
  }

  private ObjectNode answer(TokenStore.Issued issued) {
    ObjectNode body = mapper.createObjectNode();
    body.put("access_token", issued.accessToken());
    body.put("token_type", "Bearer");
    body.put("expires_in", issued.expiresInSeconds());
    body.put("refresh_token", issued.refreshToken());
    body.put("scope", String.join(" ", issued.grant().scopes()));
    body.put("userType", issued.grant().agency() ? "Company" : "Location");
    if (issued.grant().locationId() != null) {
      body.put("locationId", issued.grant().locationId());
    }
    body.put("companyId", companyId);
    body.put("userId", "sandbox-user");
    return body;
  }

  private Grant refresh(String refreshToken) {
    Grant unspent = tokens.peekRefreshToken(refreshToken);
    if (unspent != null && state.isInactive(unspent.locationId())) {
      // Refused before it is spent: the token works again once the location is active.
      throw ApiException.badRequest("Location is not active");
    }
    Grant grant = tokens.redeemRefreshToken(refreshToken);
    if (grant == null && tokens.wasSpent(refreshToken)) {
      state.countReuse();
    }
    return redeem(grant, "refresh token");
  }

  private static Grant redeem(Grant grant, String what) {
    if (grant == null) {
      throw ApiException.badRequest("Invalid grant: " + what + " is invalid");
    }
    return grant;
  }

  private static String required(Map<String, String> form, String name) {
    String value = form.get(name);
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest("Missing parameter: " + name);
    }
    return value;
  }

  private Map<String, String> fields(IncomingRequest request) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (request.isForm() || (!request.isJson() && !request.body().isBlank())) {
      HttpUrl parsed = HttpUrl.get("http://form.invalid/?" + request.body());
      for (String name : parsed.queryParameterNames()) {
        fields.put(name, parsed.queryParameter(name));
      }
    } else if (request.isJson()) {
      JsonNode json = request.jsonObject(mapper);
      json.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
    }
    return fields;
  }
}
