package com.hoopai.invoices.client.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code INSTALL}: the app was installed on a location ({@code locationId}) or, by an agency, on several
 * ({@code locationIds}). The trial and white-label details stay in {@link #json()}.
 *
 * <pre>{@code
 * if (event instanceof AppInstallEvent install) {
 *   install.allLocationIds().forEach(onboarding::start);
 * }
 * }</pre>
 */
public final class AppInstallEvent extends WebhookEvent {

  AppInstallEvent(String type, String webhookId, Instant timestamp, ObjectNode json) {
    super(type, webhookId, timestamp, WebhookJson.text(json, "locationId"), json);
  }

  /**
   * The installed app's id ({@code appId}).
   *
   * @return the app id, empty when absent
   */
  public Optional<String> appId() {
    return Optional.ofNullable(WebhookJson.text(body(), "appId"));
  }

  /**
   * The agency ({@code companyId}).
   *
   * @return the company id, empty when absent
   */
  public Optional<String> companyId() {
    return Optional.ofNullable(WebhookJson.text(body(), "companyId"));
  }

  /**
   * The user who installed it ({@code userId}).
   *
   * @return the user id, empty when absent
   */
  public Optional<String> userId() {
    return Optional.ofNullable(WebhookJson.text(body(), "userId"));
  }

  /**
   * The plan chosen ({@code planId}).
   *
   * @return the plan id, empty when absent
   */
  public Optional<String> planId() {
    return Optional.ofNullable(WebhookJson.text(body(), "planId"));
  }

  /**
   * The agency's name ({@code companyName}).
   *
   * @return the name, empty when absent
   */
  public Optional<String> companyName() {
    return Optional.ofNullable(WebhookJson.text(body(), "companyName"));
  }

  /**
   * Whether the agency is white-labelled ({@code isWhitelabelCompany}).
   *
   * @return the flag, false when absent
   */
  public boolean whitelabelCompany() {
    JsonNode flag = body().get("isWhitelabelCompany");
    return flag != null && flag.asBoolean(false);
  }

  /**
   * The locations of a bulk install by an agency ({@code locationIds}).
   *
   * @return the ids, empty for a single-location install
   */
  public List<String> locationIds() {
    List<String> ids = new ArrayList<>();
    JsonNode array = body().get("locationIds");
    if (array != null && array.isArray()) {
      array.forEach(id -> {
        if (id.isTextual() && !id.asText().isBlank()) {
          ids.add(id.asText());
        }
      });
    }
    return List.copyOf(ids);
  }

  /**
   * Every location the install covers: {@code locationId} and {@code locationIds}, without repeats.
   *
   * @return the ids, empty for an agency install that names no location
   */
  public List<String> allLocationIds() {
    List<String> ids = new ArrayList<>();
    locationId().ifPresent(ids::add);
    for (String id : locationIds()) {
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return List.copyOf(ids);
  }
}
