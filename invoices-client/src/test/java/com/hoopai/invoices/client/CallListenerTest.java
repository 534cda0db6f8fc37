package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.hoopai.invoices.client.errors.CircuitOpenException;
import com.hoopai.invoices.client.errors.HoopAiConnectionException;
import com.hoopai.invoices.client.errors.NotFoundException;
import com.hoopai.invoices.client.errors.ServerErrorException;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.Invoice;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The call listener hears each retry and each call's end: operation, status, attempts, failure. */
class CallListenerTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static final String INVOICE_ID = "6578278e879ad2646715ba9c";

  /** Records every event as text, and the events themselves. */
  private static final class Recorder implements CallListener {
    final List<String> retries = new CopyOnWriteArrayList<>();
    final List<CallEvent> calls = new CopyOnWriteArrayList<>();

    @Override
    public void onRetry(String operationId, int attempt, Throwable failure) {
      retries.add(operationId + "#" + attempt + " after " + failure.getClass().getSimpleName());
    }

    @Override
    public void onCallEnd(CallEvent call) {
      calls.add(call);
    }
  }

  private final Recorder recorder = new Recorder();

  private InvoicesClient.Builder listened() {
    return hoopAi.clientBuilder().callListener(recorder)
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build());
  }

  @Test
  void aSuccessfulCallReportsItsOperationStatusAndOneAttempt() {
    hoopAi.enqueueExample("getInvoice");

    listened().build().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);

    assertThat(recorder.retries).isEmpty();
    assertThat(recorder.calls).singleElement().satisfies(call -> {
      assertThat(call.operationId()).isEqualTo("getInvoice");
      assertThat(call.idempotent()).isTrue();
      assertThat(call.statusCode()).isEqualTo(OptionalInt.of(200));
      assertThat(call.attempts()).isEqualTo(1);
      assertThat(call.succeeded()).isTrue();
      assertThat(call.duration()).isPositive();
    });
  }

  @Test
  void aRetriedGetReportsTheRetryAndTheFinalStatus() {
    hoopAi.enqueueJson(503, "{\"statusCode\":503,\"message\":\"down\"}");
    hoopAi.enqueueExample("getInvoice");

    listened().build().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);

    assertThat(recorder.retries).containsExactly("getInvoice#2 after ServerErrorException");
    assertThat(recorder.calls).singleElement().satisfies(call -> {
      assertThat(call.statusCode()).isEqualTo(OptionalInt.of(200));
      assertThat(call.attempts()).isEqualTo(2);
      assertThat(call.succeeded()).isTrue();
    });
  }

  @Test
  void aFailedCallReportsTheErrorStatusAndTheFailure() {
    hoopAi.enqueueJson(404, "{\"statusCode\":404,\"message\":\"Invoice not found\"}");

    Throwable thrown = catchThrowable(() -> listened().build().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(recorder.calls).singleElement().satisfies(call -> {
      assertThat(call.statusCode()).isEqualTo(OptionalInt.of(404));
      assertThat(call.failure()).isSameAs(thrown).isInstanceOf(NotFoundException.class);
      assertThat(call.succeeded()).isFalse();
    });
  }

  @Test
  void aCreateIsReportedAsNotIdempotentWithItsCreatedStatus() {
    hoopAi.enqueueExample("createInvoice");

    listened().build().invoices().createInvoice(SpecExamples.request("createInvoice", CreateInvoiceRequest.class));

    assertThat(recorder.calls).singleElement().satisfies(call -> {
      assertThat(call.operationId()).isEqualTo("createInvoice");
      assertThat(call.idempotent()).isFalse();
      assertThat(call.statusCode().getAsInt()).isBetween(200, 201);
    });
  }

  @Test
  void aRefusedConnectionHasNoStatusAndCountsEachAttempt() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    InvoicesClient nowhere = listened().baseUrl("http://127.0.0.1:" + closedPort).build();

    catchThrowable(() -> nowhere.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(recorder.retries).containsExactly(
        "getInvoice#2 after HoopAiConnectionException", "getInvoice#3 after HoopAiConnectionException");
    assertThat(recorder.calls).singleElement().satisfies(call -> {
      assertThat(call.statusCode()).isEmpty();
      assertThat(call.attempts()).isEqualTo(3);
      assertThat(call.failure()).isInstanceOf(HoopAiConnectionException.class);
    });
  }

  @Test
  void aCallRefusedByAnOpenCircuitBreakerMadeNoAttempt() {
    CircuitBreaker breaker = CircuitBreaker.ofDefaults("test");
    breaker.transitionToForcedOpenState();

    catchThrowable(() -> listened().circuitBreaker(breaker).retryPolicy(RetryPolicy.none()).build()
        .forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(recorder.calls).singleElement().satisfies(call -> {
      assertThat(call.attempts()).isZero();
      assertThat(call.failure()).isInstanceOf(CircuitOpenException.class);
    });
    assertThat(hoopAi.requestCount()).isZero();
  }

  @Test
  void aListenerThatThrowsNeverFailsTheCall() {
    hoopAi.enqueueExample("getInvoice");
    CallListener broken = new CallListener() {
      @Override
      public void onCallEnd(CallEvent call) {
        throw new IllegalStateException("metrics backend down");
      }
    };

    InvoicesClient listening = hoopAi.clientBuilder().callListener(broken.andThen(recorder)).build();

    assertThat(listening.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID).getId()).isEqualTo(INVOICE_ID);
  }

  @Test
  void viewsShareTheClientsListener() {
    hoopAi.enqueueExample("getInvoice");
    hoopAi.enqueueExample("getInvoice");
    InvoicesClient listening = listened().build();

    listening.withOptions(RequestOptions.builder().retryMode(RetryMode.NEVER).build()).forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);
    listening.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);

    assertThat(recorder.calls).extracting(CallEvent::operationId).containsExactly("getInvoice", "getInvoice");
  }
}
