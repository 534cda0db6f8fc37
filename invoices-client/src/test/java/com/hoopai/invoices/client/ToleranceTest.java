package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.hoopai.invoices.client.errors.HoopAiConnectionException;
import com.hoopai.invoices.client.errors.InvalidResponseException;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.SendAction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Answers are read tolerantly: what the server adds later, or sends in another form, does not break us. Every
 * case runs on both Jacksons the client can use, which must read the same answers the same way.
 */
class ToleranceTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private Invoice getInvoiceAnswering(JsonLibrary library, String json) {
    hoopAi.enqueueJson(200, json);
    return getInvoice(library);
  }

  private Invoice getInvoice(JsonLibrary library) {
    try (InvoicesClient onLibrary = hoopAi.clientBuilder().jsonLibrary(library).build()) {
      return onLibrary.forLocation(LOCATION).invoices().getInvoice("6578278e879ad2646715ba9c");
    }
  }

  @OnBothJacksons
  void unknownFieldsAreIgnored(JsonLibrary library) {
    Invoice invoice = getInvoiceAnswering(library, "{\"_id\":\"inv1\",\"status\":\"sent\",\"newFeature\":{\"a\":[1,2]},"
        + "\"contactDetails\":{\"id\":\"c1\",\"loyaltyTier\":\"gold\"},\"total\":10}");

    assertThat(invoice.getId()).isEqualTo("inv1");
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.SENT);
    assertThat(invoice.getContactDetails().getId()).isEqualTo("c1");
  }

  @OnBothJacksons
  void anUnknownEnumValueMapsToTheUnknownConstant(JsonLibrary library) {
    Invoice invoice = getInvoiceAnswering(library, "{\"_id\":\"inv1\",\"status\":\"refunded\",\"discount\":"
        + "{\"type\":\"bogo\",\"value\":1}}");

    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.UNKNOWN);
    assertThat(invoice.getDiscount().getType().name()).isEqualTo("UNKNOWN");
    assertThat(SendAction.fromValue("carrier_pigeon")).isEqualTo(SendAction.UNKNOWN);
  }

  @OnBothJacksons
  void numbersSentAsStringsAndStringsSentAsNumbersAreAccepted(JsonLibrary library) {
    Invoice invoice = getInvoiceAnswering(library, "{\"_id\":\"inv1\",\"invoiceNumber\":19,\"total\":\"1222.03\","
        + "\"amountDue\":\"0.10\",\"invoiceItems\":[{\"name\":\"A\",\"currency\":\"USD\",\"amount\":\"9.99\","
        + "\"qty\":\"3\"}]}");

    assertThat(invoice.getInvoiceNumber()).isEqualTo("19");
    assertThat(invoice.getTotal()).isEqualByComparingTo("1222.03");
    assertThat(invoice.getAmountDue()).isEqualTo(new BigDecimal("0.10"));
    assertThat(invoice.getInvoiceItems().get(0).getAmount()).isEqualByComparingTo("9.99");
    assertThat(invoice.getInvoiceItems().get(0).getQty()).isEqualByComparingTo("3");
  }

  @OnBothJacksons
  void anInvoiceNumberSentAsAStringIsKeptWhole(JsonLibrary library) {
    Invoice invoice = getInvoiceAnswering(library, "{\"_id\":\"inv1\",\"invoiceNumber\":\"00019\"}");

    assertThat(invoice.getInvoiceNumber()).isEqualTo("00019");
  }

  @OnBothJacksons
  void moneyKeepsEveryDigit(JsonLibrary library) {
    Invoice invoice = getInvoiceAnswering(library, "{\"_id\":\"inv1\",\"total\":1234567890123.45}");

    assertThat(invoice.getTotal()).isEqualTo(new BigDecimal("1234567890123.45"));
  }

  @OnBothJacksons
  void datesAreReadFromPlainDaysAndFromTimestamps(JsonLibrary library) {
    Invoice invoice = getInvoiceAnswering(library, "{\"_id\":\"inv1\",\"issueDate\":\"2026-03-01\","
        + "\"dueDate\":\"2026-03-15T00:00:00.000Z\",\"createdAt\":\"2026-03-01T09:27:42.355Z\"}");

    assertThat(invoice.getIssueDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(invoice.getDueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(invoice.getCreatedAt()).isEqualTo(OffsetDateTime.of(2026, 3, 1, 9, 27, 42, 355_000_000, ZoneOffset.UTC));
  }

  @OnBothJacksons
  void nullsAndEmptyObjectsInAnswersAreTolerated(JsonLibrary library) {
    Invoice invoice = getInvoiceAnswering(library, "{\"_id\":\"inv1\",\"discount\":null,\"businessDetails\":\"\","
        + "\"invoiceItems\":null,\"sentTo\":{\"email\":\"alex@example.com\"}}");

    assertThat(invoice.getDiscount()).isNull();
    assertThat(invoice.getBusinessDetails()).isNull();
    assertThat(invoice.getSentTo().getEmail()).containsExactly("alex@example.com");
  }

  @OnBothJacksons
  void aBodyCutMidTransferIsAnUnreadableAnswerNamingNoLibrary(JsonLibrary library) {
    hoopAi.server().enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body("{\"_id\":\"inv1\",\"name\":\"" + "x".repeat(64 * 1024) + "\"}")
        .onResponseBody(new SocketEffect.CloseSocket()).build());

    Throwable e = catchThrowable(() -> getInvoice(library));

    assertThat(e).isInstanceOfAny(InvalidResponseException.class, HoopAiConnectionException.class);
    if (e instanceof InvalidResponseException invalid) {
      assertThat(invalid.getMessage()).contains("could not be read to its end");
    }
    assertThat(e.getMessage()).doesNotContainIgnoringCase("jackson").doesNotContain("tools.")
        .doesNotContain("com.fasterxml");
  }

  @OnBothJacksons
  void aBodyOfTheWrongShapeIsAnInvalidAnswerWithItsExcerpt(JsonLibrary library) {
    hoopAi.enqueueJson(200, "[\"not\", \"an\", \"invoice\"]");

    Throwable e = catchThrowable(() -> getInvoice(library));

    assertThat(e).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("the JSON could not be read as Invoice");
    assertThat(((InvalidResponseException) e).bodyExcerpt()).contains("not");
    assertThat(e.getMessage()).doesNotContain("tools.jackson").doesNotContain("com.fasterxml");
  }

  @OnBothJacksons
  void aBodyThatIsNotJsonIsAnInvalidAnswer(JsonLibrary library) {
    hoopAi.enqueueJson(200, "<html>gateway</html>");

    Throwable e = catchThrowable(() -> getInvoice(library));

    assertThat(e).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("the JSON could not be read as Invoice");
  }

  @OnBothJacksons
  void anEmptyBodyIsAnInvalidAnswer(JsonLibrary library) {
    hoopAi.enqueueJson(200, "");

    Throwable e = catchThrowable(() -> getInvoice(library));

    assertThat(e).isInstanceOf(InvalidResponseException.class);
    assertThat(e.getMessage()).doesNotContain("tools.jackson").doesNotContain("com.fasterxml");
  }
}
