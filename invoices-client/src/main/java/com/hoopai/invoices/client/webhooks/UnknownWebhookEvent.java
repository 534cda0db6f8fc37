package com.hoopai.invoices.client.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * An event the SDK has no type for ({@code ContactCreate}, {@code OpportunityStatusUpdate}...): verified
 * like any other, read through {@link #type()} and {@link #json()}.
 *
 * <pre>{@code
 * if (event instanceof UnknownWebhookEvent other && other.type().orElse("").equals("ContactCreate")) {
 *   crm.contactCreated(other.json().path("id").asText());
 * }
 * }</pre>
 */
public final class UnknownWebhookEvent extends WebhookEvent {

  UnknownWebhookEvent(String type, String webhookId, Instant timestamp, ObjectNode json) {
    super(type, webhookId, timestamp, WebhookJson.text(json, "locationId"), json);
  }
}
