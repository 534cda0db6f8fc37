package com.hoopai.invoices.sandbox.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TotalsTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void taxesApplyToTheLineBeforeTheDiscountAndTheTotalRoundsHalfUpToCents() throws Exception {
    Totals totals = Totals.of(json("[{\"amount\":850,\"qty\":1,\"taxes\":[{\"rate\":8.25}]},"
        + "{\"amount\":125.5,\"qty\":2}]"), json("{\"type\":\"fixed\",\"value\":50}"));

    assertThat(totals.subTotal()).isEqualByComparingTo("1101");
    assertThat(totals.tax()).isEqualByComparingTo("70.125");
    assertThat(totals.total()).hasToString("1121.13");
  }

  @Test
  void aPercentageDiscountAppliesToTheSubtotalOrToTheProductsItNames() throws Exception {
    String items = "[{\"amount\":1000,\"qty\":1,\"productId\":\"a\"},{\"amount\":500,\"qty\":1,\"productId\":\"b\"}]";

    assertThat(Totals.of(json(items), json("{\"type\":\"percentage\",\"value\":10}")).total()).hasToString("1350.00");
    assertThat(Totals.of(json(items), json("{\"type\":\"percentage\",\"value\":10,\"validOnProductIds\":[\"b\"]}"))
        .total()).hasToString("1450.00");
  }

  @Test
  void aDiscountNeverExceedsWhatItAppliesTo() throws Exception {
    assertThat(Totals.of(json("[{\"amount\":20,\"qty\":1}]"), json("{\"type\":\"fixed\",\"value\":50}")).total())
        .hasToString("0.00");
  }

  @Test
  void taxInclusiveLinesAddNoTaxAndNoDiscountMeansNone() throws Exception {
    assertThat(Totals.of(json("[{\"amount\":10.10,\"qty\":3,\"taxInclusive\":true,\"taxes\":[{\"rate\":20}]}]"),
        json("{}")).total()).hasToString("30.30");
  }

  @Test
  void moneyKeepsEveryDigitUntilTheEnd() throws Exception {
    // 3 x 0.335 = 1.005 exactly, which a double would round to 1.00
    assertThat(Totals.of(json("[{\"amount\":0.335,\"qty\":3}]"), json("{}")).total()).hasToString("1.01");
  }

  private JsonNode json(String text) throws Exception {
    return mapper.readerFor(JsonNode.class)
        .with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(text);
  }
}
