package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static com.hoopai.invoices.client.support.HoopAiMock.bodyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.errors.InvalidRequestException;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.GetInvoiceParams;
import com.hoopai.invoices.model.InvoiceItem;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.ListInvoicesParams;
import com.hoopai.invoices.model.LocationRef;
import com.hoopai.invoices.model.PreviewEstimateTemplateParams;
import com.hoopai.invoices.model.RecordPaymentMode;
import com.hoopai.invoices.model.RecordPaymentRequest;
import com.hoopai.invoices.model.SendInvoiceRequest;
import com.hoopai.invoices.model.UpdateInvoiceRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input fails before anything is sent, naming what is wrong; bodies carry only what was set. */
class RequestValidationTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  @Test
  void aNullIdIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> hoopAi.client().forLocation(LOCATION).invoices().getInvoice(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("getInvoice: invoiceId is required");
    assertThat(hoopAi.requestCount()).isZero();
  }

  @Test
  void aBlankLocationIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> GetInvoiceParams.builder().altId("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GetInvoiceParams: altId must not be blank");
    assertThatThrownBy(() -> hoopAi.client().invoices().getInvoice("6578278e879ad2646715ba9c", GetInvoiceParams.builder().build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith("getInvoice: altId is required");
    assertThat(hoopAi.requestCount()).isZero();
  }

  @Test
  void aNullBodyIsRefused() {
    assertThatThrownBy(() -> hoopAi.client().invoices().createInvoice(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("createInvoice: the request body is required");
    assertThat(hoopAi.requestCount()).isZero();
  }

  @Test
  void everyBadParamIsNamedAtOnce() {
    assertThatThrownBy(() -> ListInvoicesParams.builder().limit(0).offset(-1).status(InvoiceStatus.UNKNOWN).build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("ListInvoicesParams: status must be a value the API knows, not UNKNOWN; "
            + "limit must be at least 1, was 0; offset must be at least 0, was -1");
    assertThatThrownBy(() -> PreviewEstimateTemplateParams.builder().build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("PreviewEstimateTemplateParams: templateId is required");
  }

  @Test
  void aMissingRequiredBodyPropertyIsRefusedWithItsPath() {
    CreateInvoiceRequest body = SpecExamples.request("createInvoice", CreateInvoiceRequest.class);
    body.setCurrency(null);

    assertThatThrownBy(() -> hoopAi.client().invoices().createInvoice(body))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("createInvoice: body.currency is required");
    assertThat(hoopAi.requestCount()).isZero();
  }

  @Test
  void aMissingNestedPropertyIsRefusedWithItsFullPath() {
    CreateInvoiceRequest body = SpecExamples.request("createInvoice", CreateInvoiceRequest.class);
    body.getItems().get(1).setName(null);

    assertThatThrownBy(() -> hoopAi.client().invoices().createInvoice(body))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("createInvoice: body.items[1].name is required");
    assertThat(hoopAi.requestCount()).isZero();
  }

  @Test
  void everyMissingArgumentAndBodyPropertyIsNamedInOneException() {
    CreateInvoiceRequest body = SpecExamples.request("createInvoice", CreateInvoiceRequest.class);
    body.setCurrency(null);
    body.getItems().get(1).setName(null);
    SendInvoiceRequest send = new SendInvoiceRequest();

    assertThatThrownBy(() -> hoopAi.client().invoices().createInvoice(body))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("createInvoice: body.currency is required; body.items[1].name is required");
    InvalidRequestException both = catchThrowableOfType(InvalidRequestException.class,
        () -> hoopAi.client().invoices().sendInvoice(null, send));
    assertThat(both.problems()).first().isEqualTo("invoiceId is required");
    assertThat(both.problems()).contains("body.altId is required").hasSizeGreaterThan(2);
    assertThat(hoopAi.requestCount()).isZero();
  }

  @Test
  void aBodyWithoutItsLocationIsRefused() {
    assertThatThrownBy(() -> hoopAi.client().invoices().voidInvoice("6578278e879ad2646715ba9c", new LocationRef()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("voidInvoice: body.altId is required");
    assertThat(hoopAi.requestCount()).isZero();
  }

  @Test
  void anUpdateSendsOnlyTheFieldsTheCallerSet() throws Exception {
    hoopAi.enqueueExample("updateInvoice");
    UpdateInvoiceRequest body = new UpdateInvoiceRequest()
        .altId(LOCATION)
        .name("March retainer")
        .currency("USD")
        .dueDate(LocalDate.of(2026, 3, 31))
        .addInvoiceItemsItem(new InvoiceItem().name("Retainer").currency("USD")
            .amount(new BigDecimal("1250.50")).qty(BigDecimal.ONE));

    hoopAi.client().invoices().updateInvoice("6578278e879ad2646715ba9c", body);

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getBody().utf8()).isEqualTo("{\"altId\":\"" + LOCATION + "\",\"altType\":\"location\","
        + "\"name\":\"March retainer\",\"currency\":\"USD\",\"invoiceItems\":[{\"name\":\"Retainer\","
        + "\"currency\":\"USD\",\"amount\":1250.50,\"qty\":1}],\"dueDate\":\"2026-03-31\"}");
  }

  @Test
  void timestampsAreSentInUtcWithMilliseconds() throws Exception {
    hoopAi.enqueueExample("recordInvoicePayment");
    RecordPaymentRequest payment = new RecordPaymentRequest().altId(LOCATION).mode(RecordPaymentMode.CASH)
        .fulfilledAt(OffsetDateTime.of(2026, 3, 4, 17, 30, 0, 123_456_789, ZoneOffset.ofHours(2)));

    hoopAi.client().invoices().recordInvoicePayment("6578278e879ad2646715ba9c", payment);

    assertThat(bodyOf(hoopAi.takeRequest()).get("fulfilledAt").asText()).isEqualTo("2026-03-04T15:30:00.123Z");
  }
}
