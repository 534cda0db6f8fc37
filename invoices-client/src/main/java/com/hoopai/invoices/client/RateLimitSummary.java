package com.hoopai.invoices.client;

import java.util.OptionalLong;

/**
 * The client's rate-limit state in a few figures, kept up to date as answers arrive, so reading it costs the
 * same for 10 locations as for a million (for a metrics gauge scraped every few seconds).
 *
 * <pre>{@code
 * RateLimitSummary summary = client.rateLimitSummary();
 * summary.lowestRemaining().ifPresent(left -> gauge.set(left));
 * if (summary.storeDegraded()) log.warn("rate-limit store down: pacing per process");
 * }</pre>
 *
 * @param lowestRemaining the fewest requests left in a burst window that any location reported in the last
 *     one to two windows ({@code X-RateLimit-Remaining}); empty when no recent answer carried it
 * @param lowestDailyRemaining the fewest requests left today that any location reported in the last hour or
 *     two ({@code X-RateLimit-Daily-Remaining}); empty when no recent answer carried it
 * @param trackedLocations locations whose budget is held now (idle ones are dropped after their window)
 * @param storeDegraded whether the shared rate-limit store is failing and calls are paced in this process
 */
public record RateLimitSummary(OptionalLong lowestRemaining, OptionalLong lowestDailyRemaining,
    int trackedLocations, boolean storeDegraded) {
}
