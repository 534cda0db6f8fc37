package com.hoopai.invoices.client.webhooks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.hoopai.invoices.client.JsonLibrary;
import com.hoopai.invoices.client.internal.JsonCodec;
import com.hoopai.invoices.client.internal.JsonCodecs;
import com.hoopai.invoices.model.Invoice;
import java.io.ByteArrayInputStream;
import java.time.Instant;

/**
 * Turns a verified body into its typed event. The body is a Jackson 2 tree (the events expose it); invoices are
 * read from it by the client's tolerant codec, on whichever Jackson the API calls use (unknown fields ignored,
 * unknown enum values to {@code UNKNOWN}, numbers and strings coerced), so webhooks need Jackson 2's databind
 * and nothing more of it.
 */
final class WebhookEventReader {

  private static final System.Logger LOG = System.getLogger("com.hoopai.invoices.webhooks");

  // Trees only: no modules needed; decimals kept whole, as the codec reads them.
  private final ObjectMapper mapper = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private final JsonCodec invoices = JsonCodecs.create(JsonLibrary.AUTO);

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
        Invoice invoice = (Invoice) invoices.read(
            new ByteArrayInputStream(mapper.writeValueAsBytes(normalized(body))), Invoice.class);
        if (invoice == null) {
          throw new IllegalStateException("no invoice");
        }
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
