package com.hoopai.invoices.client.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code UNINSTALL}: the app was removed from a location ({@code locationId}) or from an agency
 * ({@code companyId}, no location).
 *
 * <pre>{@code
 * if (event instanceof AppUninstallEvent uninstall) {
 *   uninstall.locationId().ifPresent(accounts::close);
 * }
 * }</pre>
 */
public final class AppUninstallEvent extends WebhookEvent {

  AppUninstallEvent(String type, String webhookId, Instant timestamp, ObjectNode json) {
    super(type, webhookId, timestamp, WebhookJson.text(json, "locationId"), json);
  }

  /**
   * The uninstalled app's id ({@code appId}).
   *
   * @return the app id, empty when absent
   */
  public Optional<String> appId() {
    return Optional.ofNullable(WebhookJson.text(body(), "appId"));
  }

  /**
   * The agency ({@code companyId}), set for an agency uninstall.
   *
   * @return the company id, empty when absent
   */
  public Optional<String> companyId() {
    return Optional.ofNullable(WebhookJson.text(body(), "companyId"));
  }
}
