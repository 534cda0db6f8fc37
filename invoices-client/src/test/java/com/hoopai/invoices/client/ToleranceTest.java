package com.hoopai.invoices.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.support.MockServerTest;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.SendAction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Answers are read tolerantly: what the server adds later, or sends in another form, does not break us. */
class ToleranceTest extends MockServerTest {

  private Invoice getInvoiceAnswering(String json) {
    enqueueJson(200, json);
    return client.forLocation(LOCATION).invoices().getInvoice("6578278e879ad2646715ba9c");
  }

  @Test
  void unknownFieldsAreIgnored() {
    Invoice invoice = getInvoiceAnswering("{\"_id\":\"inv1\",\"status\":\"sent\",\"newFeature\":{\"a\":[1,2]},"
        + "\"contactDetails\":{\"id\":\"c1\",\"loyaltyTier\":\"gold\"},\"total\":10}");

    assertThat(invoice.getId()).isEqualTo("inv1");
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.SENT);
    assertThat(invoice.getContactDetails().getId()).isEqualTo("c1");
  }

  @Test
  void anUnknownEnumValueMapsToTheUnknownConstant() {
    Invoice invoice = getInvoiceAnswering("{\"_id\":\"inv1\",\"status\":\"refunded\",\"discount\":"
        + "{\"type\":\"bogo\",\"value\":1}}");

    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.UNKNOWN);
    assertThat(invoice.getDiscount().getType().name()).isEqualTo("UNKNOWN");
    assertThat(SendAction.fromValue("carrier_pigeon")).isEqualTo(SendAction.UNKNOWN);
  }

  @Test
  void numbersSentAsStringsAndStringsSentAsNumbersAreAccepted() {
    Invoice invoice = getInvoiceAnswering("{\"_id\":\"inv1\",\"invoiceNumber\":19,\"total\":\"1222.03\","
        + "\"amountDue\":\"0.10\",\"invoiceItems\":[{\"name\":\"A\",\"currency\":\"USD\",\"amount\":\"9.99\","
        + "\"qty\":\"3\"}]}");

    assertThat(invoice.getInvoiceNumber()).isEqualTo("19");
    assertThat(invoice.getTotal()).isEqualByComparingTo("1222.03");
    assertThat(invoice.getAmountDue()).isEqualTo(new BigDecimal("0.10"));
    assertThat(invoice.getInvoiceItems().get(0).getAmount()).isEqualByComparingTo("9.99");
    assertThat(invoice.getInvoiceItems().get(0).getQty()).isEqualByComparingTo("3");
  }

  @Test
  void moneyKeepsEveryDigit() {
    Invoice invoice = getInvoiceAnswering("{\"_id\":\"inv1\",\"total\":1234567890123.45}");

    assertThat(invoice.getTotal()).isEqualTo(new BigDecimal("1234567890123.45"));
  }

  @Test
  void datesAreReadFromPlainDaysAndFromTimestamps() {
    Invoice invoice = getInvoiceAnswering("{\"_id\":\"inv1\",\"issueDate\":\"2026-03-01\","
        + "\"dueDate\":\"2026-03-15T00:00:00.000Z\",\"createdAt\":\"2026-03-01T09:27:42.355Z\"}");

    assertThat(invoice.getIssueDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(invoice.getDueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(invoice.getCreatedAt()).isEqualTo(OffsetDateTime.of(2026, 3, 1, 9, 27, 42, 355_000_000, ZoneOffset.UTC));
  }

  @Test
  void nullsAndEmptyObjectsInAnswersAreTolerated() {
    Invoice invoice = getInvoiceAnswering("{\"_id\":\"inv1\",\"discount\":null,\"businessDetails\":\"\","
        + "\"invoiceItems\":null,\"sentTo\":{\"email\":\"alex@example.com\"}}");

    assertThat(invoice.getDiscount()).isNull();
    assertThat(invoice.getBusinessDetails()).isNull();
    assertThat(invoice.getSentTo().getEmail()).containsExactly("alex@example.com");
  }
}
