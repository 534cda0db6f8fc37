package com.hoopai.invoices.client.resilience;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.errors.HoopAiConnectionException;
import com.hoopai.invoices.client.errors.HoopAiException;
import com.hoopai.invoices.client.errors.InvalidResponseException;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.Invoice;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Success answers whose body never arrives whole: the status and headers came, then the connection was cut,
 * or the body's encoding does not decode. The server processed the request, so a safe call is sent again and
 * a money-moving one is not; either way the caller gets a typed exception, never the root class or a message
 * naming the HTTP library.
 */
class UnreadableAnswerTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static final String INVOICE_ID = "6578278e879ad2646715ba9c";
  private InvoicesClient retrying;

  @BeforeEach
  void retryingClient() {
    retrying = hoopAi.retryingClient();
  }

  /** The example answer, announced whole (Content-Length) but cut off halfway by a closed connection. */
  private static MockResponse cutMidTransfer(String operationId) {
    String json = SpecExamples.operation(operationId).responseExample().toString();
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body(json).onResponseBody(new SocketEffect.CloseSocket()).build();
  }

  /** A body that claims gzip but is not: a valid gzip header, then bytes that do not inflate. */
  private static MockResponse corruptGzip() {
    Buffer body = new Buffer().write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff})
        .writeUtf8("this is not deflate data at all, and no trailer either");
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .addHeader("Content-Encoding", "gzip").body(body).build();
  }

  private static CreateInvoiceRequest newInvoice() {
    return SpecExamples.request("createInvoice", CreateInvoiceRequest.class);
  }

  @Test
  void aBodyCutMidTransferIsTypedAndNamesNoLibrary() {
    hoopAi.server().enqueue(cutMidTransfer("getInvoice"));

    Throwable e = catchThrowable(() -> hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertUnreadable(e, "GET");
  }

  @Test
  void aCorruptGzipBodyIsTypedAndNamesNoLibrary() {
    hoopAi.server().enqueue(corruptGzip());

    Throwable e = catchThrowable(() -> hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertUnreadable(e, "GET");
  }

  @Test
  void aBodyCutMidTransferIsRetriedOnAGet() {
    hoopAi.server().enqueue(cutMidTransfer("getInvoice"));
    hoopAi.enqueueExample("getInvoice");

    Invoice invoice = retrying.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);

    assertThat(invoice.getId()).isEqualTo(INVOICE_ID);
    assertThat(hoopAi.requestCount()).isEqualTo(2);
  }

  @Test
  void aCorruptGzipBodyIsRetriedOnAGet() {
    hoopAi.server().enqueue(corruptGzip());
    hoopAi.enqueueExample("getInvoice");

    Invoice invoice = retrying.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);

    assertThat(invoice.getId()).isEqualTo(INVOICE_ID);
    assertThat(hoopAi.requestCount()).isEqualTo(2);
  }

  @Test
  void aBodyCutMidTransferIsNotRetriedOnACreate() {
    hoopAi.server().enqueue(cutMidTransfer("createInvoice"));
    hoopAi.enqueueExample("createInvoice");

    Throwable e = catchThrowable(() -> retrying.invoices().createInvoice(newInvoice()));

    assertUnreadable(e, "POST");
    assertThat(hoopAi.requestCount()).isEqualTo(1);
  }

  @Test
  void aCorruptGzipBodyIsNotRetriedOnACreate() {
    hoopAi.server().enqueue(corruptGzip());
    hoopAi.enqueueExample("createInvoice");

    Throwable e = catchThrowable(() -> retrying.invoices().createInvoice(newInvoice()));

    assertUnreadable(e, "POST");
    assertThat(hoopAi.requestCount()).isEqualTo(1);
  }

  /**
   * Typed: an unreadable answer, or a connection failure that says the request was sent. Either way the
   * message names the call, and no library.
   */
  private static void assertUnreadable(Throwable e, String method) {
    assertThat(e).isInstanceOf(HoopAiException.class);
    assertThat(e.getClass()).isNotEqualTo(HoopAiException.class);
    if (e instanceof HoopAiConnectionException connection) {
      assertThat(connection.requestSent()).isTrue();
    } else {
      assertThat(e).isInstanceOf(InvalidResponseException.class);
      assertThat(((InvalidResponseException) e).statusCode()).isEqualTo(200);
    }
    assertThat(e.getMessage()).contains(method).doesNotContainIgnoringCase("feign")
        .doesNotContainIgnoringCase("okhttp").doesNotContainIgnoringCase("DecodeException");
  }
}
