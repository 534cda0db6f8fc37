package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.errors.BadRequestException;
import com.hoopai.invoices.client.errors.InvalidRequestException;
import com.hoopai.invoices.client.errors.NotFoundException;
import com.hoopai.invoices.client.errors.UnprocessableEntityException;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.RecordPaymentMode;
import com.hoopai.invoices.model.RecordPaymentRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client writes and reads the same JSON on Jackson 3 and on Jackson 2: requests byte for byte (no nulls,
 * timestamps in UTC with milliseconds, a view's location filled in), the same refusals of incomplete bodies,
 * and the same reading of the API's error shapes.
 */
class JsonLibraryTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static final String INVOICE_ID = "6578278e879ad2646715ba9c";

  /** The body the server received for one call made on {@code library}. */
  private String sentBody(JsonLibrary library, Consumer<InvoicesClient> call) throws InterruptedException {
    try (InvoicesClient onLibrary = hoopAi.clientBuilder().jsonLibrary(library).build()) {
      call.accept(onLibrary);
    }
    return hoopAi.takeRequest().getBody().utf8();
  }

  private static RecordPaymentRequest payment() {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("batch", "nightly");
    meta.put("ratio", new BigDecimal("1.10"));
    meta.put("unset", null);
    return new RecordPaymentRequest().mode(RecordPaymentMode.CASH).amount(new BigDecimal("12.50"))
        .notes(null).meta(meta)
        .fulfilledAt(OffsetDateTime.of(2026, 3, 4, 17, 30, 0, 123_456_789, ZoneOffset.ofHours(2)));
  }

  @Test
  void aRequestIsTheSameBytesOnBothJacksons() throws InterruptedException {
    Consumer<InvoicesClient> record = c -> c.forLocation(LOCATION).invoices().recordInvoicePayment(INVOICE_ID, payment());
    hoopAi.enqueueExample("recordInvoicePayment");
    String onJackson3 = sentBody(JsonLibrary.JACKSON_3, record);
    hoopAi.enqueueExample("recordInvoicePayment");
    String onJackson2 = sentBody(JsonLibrary.JACKSON_2, record);

    assertThat(onJackson3).isEqualTo(onJackson2)
        .isEqualTo("{\"altId\":\"" + LOCATION + "\",\"altType\":\"location\",\"mode\":\"cash\","
            + "\"amount\":12.50,\"meta\":{\"batch\":\"nightly\",\"ratio\":1.10,\"unset\":null},"
            + "\"fulfilledAt\":\"2026-03-04T15:30:00.123Z\"}");
  }

  @Test
  void aLargeModelIsTheSameBytesOnBothJacksons() throws InterruptedException {
    CreateInvoiceRequest body = SpecExamples.request("createInvoice", CreateInvoiceRequest.class);
    hoopAi.enqueueExample("createInvoice");
    String onJackson3 = sentBody(JsonLibrary.JACKSON_3, c -> c.invoices().createInvoice(body));
    hoopAi.enqueueExample("createInvoice");
    String onJackson2 = sentBody(JsonLibrary.JACKSON_2, c -> c.invoices().createInvoice(body));

    assertThat(onJackson3).isEqualTo(onJackson2).doesNotContain(":null");
  }

  @OnBothJacksons
  void everyMissingRequiredPropertyIsNamedBeforeAnythingIsSent(JsonLibrary library) {
    CreateInvoiceRequest body = SpecExamples.request("createInvoice", CreateInvoiceRequest.class);
    body.setCurrency(null);
    body.getItems().get(1).setName(null);

    try (InvoicesClient onLibrary = hoopAi.clientBuilder().jsonLibrary(library).build()) {
      assertThatThrownBy(() -> onLibrary.invoices().createInvoice(body))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage("createInvoice: body.currency is required; body.items[1].name is required");
    }
    assertThat(hoopAi.requestCount()).isZero();
  }

  @OnBothJacksons
  void theErrorShapesAreReadTheSame(JsonLibrary library) {
    hoopAi.enqueueJson(422, "{\"statusCode\":422,\"message\":[\"items must not be empty\",{\"field\":\"qty\"},7],"
        + "\"error\":\"Unprocessable Entity\",\"traceId\":\"t-1\"}");
    hoopAi.enqueueJson(404, "{\"error\":{\"code\":\"RESOURCE_NOT_FOUND\",\"message\":\"Location not found\"}}");
    hoopAi.enqueueJson(400, "{\"error\":{\"reason\":\"odd\"}}");

    try (InvoicesClient onLibrary = hoopAi.clientBuilder().jsonLibrary(library).build()) {
      UnprocessableEntityException list = catchThrowableOfType(UnprocessableEntityException.class,
          () -> onLibrary.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));
      NotFoundException nested = catchThrowableOfType(NotFoundException.class,
          () -> onLibrary.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));
      BadRequestException object = catchThrowableOfType(BadRequestException.class,
          () -> onLibrary.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

      assertThat(list.messages()).containsExactly("items must not be empty", "{\"field\":\"qty\"}", "7");
      assertThat(list.serverError()).isEqualTo("Unprocessable Entity");
      assertThat(list.traceId()).contains("t-1");
      assertThat(nested.serverMessage()).isEqualTo("Location not found");
      assertThat(nested.serverError()).isEqualTo("RESOURCE_NOT_FOUND");
      assertThat(object.serverError()).isEqualTo("{\"reason\":\"odd\"}");
    }
  }

  @Test
  void theLibraryIsRequired() {
    assertThatThrownBy(() -> InvoicesClient.builder().jsonLibrary(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("jsonLibrary");
  }
}
