package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * {@code POST /oauth/locationToken}: an agency (Company) OAuth token mints a token for one of its locations.
 * Form-encoded {@code companyId} and {@code locationId}, header {@code Version: 2021-07-28}; a location token,
 * a Private Integration Token or an unknown token answers 401, an inactive location 400.
 */
final class LocationTokenEndpoint {

  /** The path. */
  static final String PATH = "/oauth/locationToken";

  private final OAuthState state;
  private final ObjectMapper mapper;

  LocationTokenEndpoint(OAuthState state, ObjectMapper mapper) {
    this.state = state;
    this.mapper = mapper;
  }

  Reply handle(IncomingRequest request) {
    if (!request.method().equals("POST")) {
      throw ApiException.notFound("Cannot " + request.method() + " " + PATH);
    }
    Grant grant = state.tokens().authenticate(bearer(request.header("Authorization")));
    if (grant == null || !grant.agency()) {
      throw ApiException.unauthorized("Invalid token: access token is invalid");
    }
    HttpUrl form = HttpUrl.get("http://form.invalid/?" + request.body());
    String companyId = form.queryParameter("companyId");
    String locationId = form.queryParameter("locationId");
    if (!SandboxConfig.API_VERSION.equals(request.header("Version")) || !state.companyId().equals(companyId)
        || locationId == null || locationId.isBlank()) {
      throw ApiException.unprocessable(List.of("companyId and locationId are required"));
    }
    if (state.isInactive(locationId)) {
      throw ApiException.badRequest("Location is not active");
    }
    TokenStore.Issued issued = state.tokens().issueLocationToken(locationId, state.locationRefreshTokens());
    state.countMint();
    ObjectNode body = mapper.createObjectNode();
    body.put("access_token", issued.accessToken());
    body.put("token_type", "Bearer");
    body.put("expires_in", issued.expiresInSeconds());
    if (issued.refreshToken() != null) {
      body.put("refresh_token", issued.refreshToken());
    }
    body.put("scope", String.join(" ", issued.grant().scopes()));
    body.put("locationId", locationId);
    body.put("userId", "sandbox-user");
    return Reply.ok(body);
  }

  private static String bearer(String authorization) {
    if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
      return null;
    }
    return authorization.substring(7).strip();
  }
}
