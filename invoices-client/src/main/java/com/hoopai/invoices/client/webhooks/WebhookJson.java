package com.hoopai.invoices.client.webhooks;

import com.fasterxml.jackson.databind.JsonNode;

/** Small readers of body fields shared by the events. */
final class WebhookJson {

  private WebhookJson() {
  }

  /** A field's text, or null when absent, null or blank; numbers read as their text. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }
}
