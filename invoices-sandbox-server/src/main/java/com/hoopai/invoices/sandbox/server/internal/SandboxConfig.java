package com.hoopai.invoices.sandbox.server.internal;

import java.time.Clock;
import java.time.Duration;

/**
 * The settings a sandbox server starts with ({@code HoopAiSandbox.Builder} fills them in).
 *
 * <pre>{@code
 * new SandboxConfig(Clock.systemUTC(), "sbx_pit_...", "client-id", "secret", "company-id",
 *     100, Duration.ofSeconds(10), 200_000, Duration.ofSeconds(86_399), false);
 * }</pre>
 *
 * @param clock the clock for timestamps, token expiry and rate-limit windows
 * @param accessToken the fixed token every location accepts
 * @param clientId the OAuth client id {@code /oauth/token} accepts
 * @param clientSecret its secret
 * @param companyId the agency the locations belong to
 * @param rateLimitMax requests per window and location
 * @param rateLimitWindow the window
 * @param dailyLimit requests per day and location
 * @param accessTokenLifetime how long an OAuth access token works
 * @param checkResponses whether to check every answer against the spec (an answer off-spec becomes a 500)
 */
public record SandboxConfig(Clock clock, String accessToken, String clientId, String clientSecret, String companyId,
    int rateLimitMax, Duration rateLimitWindow, long dailyLimit, Duration accessTokenLifetime,
    boolean checkResponses) {

  /** The {@code Version} header every operation requires. */
  public static final String API_VERSION = "2021-07-28";
}
