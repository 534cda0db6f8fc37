package com.hoopai.invoices.client.ratelimit;

import java.util.Objects;

/**
 * Whose budget a request spends: HoopAI counts requests per Marketplace app and per location (or company),
 * so every replica of one app that calls one location shares one budget.
 *
 * <pre>{@code
 * RateLimitKey key = new RateLimitKey("my-oauth-client-id", "ve9EPM428h8vShlRW1KT");
 * String storeKey = key.id();   // "my-oauth-client-id/ve9EPM428h8vShlRW1KT"
 * }</pre>
 *
 * @param appId the app, such as its OAuth client id
 * @param locationId the location (or company) id; empty for requests that name none
 */
public record RateLimitKey(String appId, String locationId) {

  /**
   * Checks the parts.
   *
   * @param appId the app, such as its OAuth client id
   * @param locationId the location (or company) id; empty for requests that name none
   * @throws NullPointerException if a part is null
   */
  public RateLimitKey {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(locationId, "locationId");
  }

  /**
   * The key as one string, for a store's row or key name.
   *
   * @return {@code appId + "/" + locationId}
   */
  public String id() {
    return appId + "/" + locationId;
  }
}
