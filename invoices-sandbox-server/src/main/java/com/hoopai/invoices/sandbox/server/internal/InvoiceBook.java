package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Creates invoices and keeps their money fields right: {@code total}, {@code totalSummary},
 * {@code amountPaid} and {@code amountDue}. Used by the invoice operations, text2pay, schedules (which
 * issue invoices) and estimates (which convert into invoices).
 */
final class InvoiceBook {

  /** The invoice title and number prefix a location starts with. */
  static final String DEFAULT_TITLE = "INVOICE";
  static final String DEFAULT_PREFIX = "INV-";

  private final Shape shape;

  InvoiceBook(SpecDocument spec) {
    this.shape = new Shape(spec, "Invoice", Set.of("_id", "status", "altId", "altType", "amountPaid", "amountDue",
        "total", "totalSummary", "invoiceItems", "createdAt", "updatedAt", "automaticTaxesCalculated"));
  }

  /**
   * A new invoice, stored in the call's location.
   *
   * @param call the call
   * @param content the fields to copy (a create or text2pay body, a schedule, an estimate)
   * @param items the line items
   * @param status the status it starts in
   * @return the stored invoice
   */
  ObjectNode create(Call call, ObjectNode content, JsonNode items, String status) {
    ObjectNode invoice = Records.object();
    invoice.put("_id", call.newId());
    invoice.put("status", status);
    invoice.put("liveMode", true);
    invoice.put("amountPaid", BigDecimal.ZERO);
    invoice.put("altId", call.location().locationId());
    invoice.put("altType", "location");
    invoice.put("title", DEFAULT_TITLE);
    invoice.put("invoiceNumberPrefix", DEFAULT_PREFIX);
    ObjectNode discount = invoice.putObject("discount");
    discount.put("type", "percentage");
    discount.put("value", 0);
    invoice.put("createdAt", call.now());
    invoice.put("automaticTaxesEnabled", false);
    invoice.put("automaticTaxesCalculated", false);
    shape.copy(content, invoice);
    if (content.hasNonNull("invoiceNumber")) {
      call.location().sawInvoiceNumber(content.get("invoiceNumber").asText());
      invoice.put("invoiceNumber", content.get("invoiceNumber").asText());
    } else {
      invoice.put("invoiceNumber", String.valueOf(call.location().takeInvoiceNumber()));
    }
    invoice.set("invoiceItems", Records.withIds(items, call));
    invoice.put("updatedAt", call.now());
    recompute(invoice);
    call.location().put(Collection.INVOICES, invoice);
    return invoice;
  }

  /**
   * Applies an update body's fields (line items under {@code itemsKey}) to an invoice and recomputes it.
   *
   * @throws ApiException 400 when the new total is below what was already paid
   */
  void edit(Call call, ObjectNode invoice, ObjectNode body, String itemsKey) {
    shape.copy(body, invoice);
    if (body.hasNonNull("invoiceNumber")) {
      call.location().sawInvoiceNumber(body.get("invoiceNumber").asText());
      invoice.put("invoiceNumber", body.get("invoiceNumber").asText());
    }
    if (body.has(itemsKey)) {
      invoice.set("invoiceItems", Records.withIds(body.get(itemsKey), call));
    }
    BigDecimal paid = Totals.number(invoice.get("amountPaid"));
    if (Totals.of(invoice.path("invoiceItems"), invoice.path("discount")).total().compareTo(paid) < 0) {
      throw ApiException.badRequest("The invoice total cannot be less than the amount already paid");
    }
    invoice.put("updatedAt", call.now());
    recompute(invoice);
  }

  /** Recomputes {@code total}, {@code totalSummary} and {@code amountDue} from the lines and payments. */
  static void recompute(ObjectNode invoice) {
    Totals totals = Totals.of(invoice.path("invoiceItems"), invoice.path("discount"));
    invoice.put("total", totals.total());
    ObjectNode summary = invoice.putObject("totalSummary");
    summary.put("subTotal", Totals.cents(totals.subTotal()));
    summary.put("discount", Totals.cents(totals.discount()));
    summary.put("tax", Totals.cents(totals.tax()));
    BigDecimal paid = Totals.number(invoice.get("amountPaid"));
    invoice.put("amountDue", Totals.cents(totals.total().subtract(paid).max(BigDecimal.ZERO)));
  }

  /** The 400 for an operation a status does not allow. */
  static ApiException refused(String what, ObjectNode invoice) {
    return ApiException.badRequest(what + " (the invoice is " + invoice.path("status").asText() + ")");
  }
}
