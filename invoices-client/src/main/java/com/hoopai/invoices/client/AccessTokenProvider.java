package com.hoopai.invoices.client;

/**
 * Supplies the bearer token of each request.
 *
 * <p>The client asks for a token on every request, naming the location the request is about (the
 * {@code altId} of its query or body) when it has one. A static Private Integration Token ignores the
 * location; an OAuth provider can refresh ahead of expiry or mint a location token from an agency token.
 * Implementations must be thread-safe and should answer from memory on the hot path.
 *
 * <pre>{@code
 * InvoicesClient client = InvoicesClient.builder()
 *     .accessTokenProvider(AccessTokenProvider.of(System.getenv("HOOPAI_ACCESS_TOKEN")))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface AccessTokenProvider {

  /**
   * The bearer token to send, without the {@code Bearer } prefix.
   *
   * @param locationId the location the request is about, or {@code null} when the request names none
   * @return the token; never {@code null} or blank
   */
  String accessToken(String locationId);

  /**
   * Called once when the server answered 401 to a request sent with {@code rejectedToken}. A provider
   * that can get a fresh token (an OAuth refresh) does so, or notices another thread already did, and
   * answers {@code true}: the client then sends the request once more with {@link #accessToken(String)}.
   * It never loops: a second 401 reaches the caller. The default answers {@code false}.
   *
   * @param locationId the location the request was about, or {@code null}
   * @param rejectedToken the token the server refused
   * @return {@code true} if a request sent now would carry a different, fresh token
   */
  default boolean refreshAfterUnauthorized(String locationId, String rejectedToken) {
    return false;
  }

  /**
   * A provider that always answers the same token, such as a Private Integration Token. Its
   * {@code toString()} never shows the token.
   *
   * @param token the token
   * @return the provider
   * @throws IllegalArgumentException if the token is null or blank
   */
  static AccessTokenProvider of(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("accessToken must not be null or blank");
    }
    return new StaticAccessTokenProvider(token.strip());
  }
}
