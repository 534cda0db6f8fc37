package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;

/**
 * Money, as the API computes it (the spec's examples agree to the cent): each line is {@code qty * amount};
 * the discount is a percentage of the subtotal (or of the lines whose product it names) or a fixed amount,
 * never more than what it applies to; exclusive taxes add {@code rate%} of each line's amount, before the
 * discount; the total is rounded half-up to cents at the end. All in {@link BigDecimal}.
 *
 * @param subTotal the sum of the lines
 * @param discount the discount
 * @param tax the taxes
 * @param total {@code subTotal - discount + tax}, in cents
 */
record Totals(BigDecimal subTotal, BigDecimal discount, BigDecimal tax, BigDecimal total) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The totals of a list of line items with a discount.
   *
   * @param items the line items ({@code amount}, {@code qty}, {@code taxes}, {@code taxInclusive},
   *     {@code productId})
   * @param discount the discount ({@code type}, {@code value}, {@code validOnProductIds}), may be missing
   * @return the totals
   */
  public static Totals of(JsonNode items, JsonNode discount) {
    Set<String> discountedProducts = new HashSet<>();
    discount.path("validOnProductIds").forEach(p -> discountedProducts.add(p.asText()));
    BigDecimal subTotal = BigDecimal.ZERO;
    BigDecimal discountBase = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;
    for (JsonNode item : items) {
      BigDecimal line = number(item.path("amount")).multiply(number(item.path("qty")));
      subTotal = subTotal.add(line);
      if (discountedProducts.isEmpty() || discountedProducts.contains(item.path("productId").asText())) {
        discountBase = discountBase.add(line);
      }
      if (!item.path("taxInclusive").asBoolean(false)) {
        for (JsonNode t : item.path("taxes")) {
          tax = tax.add(line.multiply(number(t.path("rate"))).divide(HUNDRED));
        }
      }
    }
    BigDecimal value = number(discount.path("value"));
    BigDecimal off = "fixed".equals(discount.path("type").asText())
        ? value
        : discountBase.multiply(value).divide(HUNDRED);
    off = off.max(BigDecimal.ZERO).min(discountBase);
    BigDecimal total = cents(subTotal.subtract(off).add(tax));
    return new Totals(subTotal, off, tax, total);
  }

  /** Rounds half-up to cents. */
  public static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** A JSON number (or numeric string) as a BigDecimal; zero when missing or not a number. */
  public static BigDecimal number(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return BigDecimal.ZERO;
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    try {
      return new BigDecimal(node.asText().strip());
    } catch (NumberFormatException e) {
      return BigDecimal.ZERO;
    }
  }
}
