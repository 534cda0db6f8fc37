package com.hoopai.invoices.client.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.hoopai.invoices.client.internal.JsonMapperFactory;
import com.hoopai.invoices.model.Invoice;
import java.time.Instant;

/**
 * Turns a verified body into its typed event. Reads invoices with the client's tolerant mapper (unknown
 * fields ignored, unknown enum values to {@code UNKNOWN_DEFAULT_OPEN_API}, numbers and strings coerced).
 */
final class WebhookEventReader {

  private static final System.Logger LOG = System.getLogger("com.hoopai.invoices.webhooks");

  private final ObjectMapper mapper = JsonMapperFactory.create();

  ObjectMapper mapper() {
    return mapper;
  }

  WebhookEvent read(ObjectNode body, Instant timestamp) {
    String type = WebhookJson.text(body, "type");
    String webhookId = WebhookJson.text(body, "webhookId");
    if ("INSTALL".equals(type)) {
      return new AppInstallEvent(type, webhookId, timestamp, body);
    }
    if ("UNINSTALL".equals(type)) {
      return new AppUninstallEvent(type, webhookId, timestamp, body);
    }
    InvoiceEventType invoiceType = type == null
        ? (looksLikeInvoice(body) ? InvoiceEventType.UNTYPED : null)
        : InvoiceEventType.fromType(type).orElse(null);
    if (invoiceType != null) {
      try {
        Invoice invoice = mapper.treeToValue(normalized(body), Invoice.class);
        return new InvoiceWebhookEvent(type, webhookId, timestamp, body, invoiceType, invoice);
      } catch (Exception e) {
        // Not silently lost: the event is still delivered, as an unknown one with its JSON.
        LOG.log(System.Logger.Level.WARNING, "a " + (type == null ? "untyped invoice" : type)
            + " event could not be read as an invoice (" + e.getClass().getSimpleName()
            + "); it is delivered as an UnknownWebhookEvent");
      }
    }
    return new UnknownWebhookEvent(type, webhookId, timestamp, body);
  }

  /** An invoice's shape: its id and the location it belongs to, or its items. */
  static boolean looksLikeInvoice(JsonNode body) {
    return body.hasNonNull("_id") && (body.hasNonNull("altId") || body.has("invoiceItems"));
  }

  /**
   * The webhook examples print {@code businessDetails.address} as one string where the API sends an
   * {@code Address} object, and {@code businessDetails.customValues} as strings where the API sends
   * objects. Such a string is kept whole: the address's first line, a custom value's {@code value} (see
   * the spec's Notes on {@code BusinessDetails} and {@code CustomValue}).
   */
  private static JsonNode normalized(ObjectNode body) {
    if (!(body.get("businessDetails") instanceof ObjectNode original)) {
      return body;
    }
    boolean textAddress = original.get("address") instanceof TextNode;
    boolean textValues = original.get("customValues") instanceof ArrayNode values
        && values.elements().hasNext() && hasText(values);
    if (!textAddress && !textValues) {
      return body;
    }
    ObjectNode copy = body.deepCopy();
    ObjectNode details = (ObjectNode) copy.get("businessDetails");
    if (textAddress) {
      String line = details.get("address").asText();
      ObjectNode address = details.putObject("address");
      if (!line.isBlank()) {
        address.put("addressLine1", line);
      }
    }
    if (textValues) {
      ArrayNode values = (ArrayNode) details.get("customValues");
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) instanceof TextNode text) {
          values.set(i, values.objectNode().put("value", text.asText()));
        }
      }
    }
    return copy;
  }

  private static boolean hasText(ArrayNode values) {
    for (JsonNode value : values) {
      if (value.isTextual()) {
        return true;
      }
    }
    return false;
  }
}
