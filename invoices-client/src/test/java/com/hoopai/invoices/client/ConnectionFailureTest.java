package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.errors.HoopAiConnectionException;
import com.hoopai.invoices.client.errors.HoopAiTimeoutException;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Transport failures are typed and say whether the request may have reached the server. */
class ConnectionFailureTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  @Test
  void aRefusedConnectionProvesTheRequestWasNotSent() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    InvoicesClient nowhere = InvoicesClient.builder().baseUrl("http://127.0.0.1:" + closedPort)
        .accessToken(TOKEN).build();

    HoopAiConnectionException e = catchThrowableOfType(HoopAiConnectionException.class,
        () -> nowhere.invoices().createInvoice(SpecExamples.request("createInvoice", CreateInvoiceRequest.class)));

    assertThat(e).isNotInstanceOf(HoopAiTimeoutException.class);
    assertThat(e.requestSent()).isFalse();
    assertThat(e.requestMethod()).isEqualTo("POST");
    assertThat(e.requestPath()).isEqualTo("/invoices/");
    assertThat(e.getMessage()).contains("the request was not sent");
    nowhere.close();
  }

  @Test
  void aReadTimeoutMeansTheOutcomeIsUnknown() {
    InvoicesClient impatient = hoopAi.clientBuilder().readTimeout(Duration.ofMillis(300)).build();
    hoopAi.server().enqueue(new MockResponse.Builder().code(200).headersDelay(2, TimeUnit.SECONDS).body("{}").build());

    HoopAiTimeoutException e = catchThrowableOfType(HoopAiTimeoutException.class,
        () -> impatient.invoices().createInvoice(SpecExamples.request("createInvoice", CreateInvoiceRequest.class)));

    assertThat(e.requestSent()).isTrue();
    assertThat(e.getMessage()).contains("may have been processed");
    assertThat(hoopAi.requestCount()).isEqualTo(1);
  }

  @Test
  void aConnectionDroppedAfterTheRequestMeansTheOutcomeIsUnknown() {
    hoopAi.server().enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

    HoopAiConnectionException e = catchThrowableOfType(HoopAiConnectionException.class,
        () -> hoopAi.client().invoices().createInvoice(SpecExamples.request("createInvoice", CreateInvoiceRequest.class)));

    assertThat(e.requestSent()).isTrue();
    assertThat(hoopAi.requestCount()).as("sent exactly once: no silent retry").isEqualTo(1);
  }
}
