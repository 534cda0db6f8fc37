package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static com.hoopai.invoices.client.support.HoopAiMock.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.hoopai.invoices.client.errors.NotFoundException;
import com.hoopai.invoices.client.support.HoopAiMock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The call interceptor wraps each call: begin, headers on every attempt, end once. */
class CallInterceptorTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static final String INVOICE_ID = "6578278e879ad2646715ba9c";

  /** Records what it hears, and sends {@code traceparent} and {@code x-attempt} on every attempt. */
  private static final class Recorder implements CallInterceptor {
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public Call begin(String operationId, boolean idempotent) {
      events.add("begin " + operationId + (idempotent ? " idempotent" : ""));
      return new Call() {
        @Override
        public void beforeAttempt(int attempt, BiConsumer<String, String> header) {
          events.add("attempt " + attempt);
          header.accept("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
          header.accept("x-attempt", String.valueOf(attempt));
        }

        @Override
        public void end(CallEvent call) {
          events.add("end " + call.operationId() + " " + call.statusCode().orElse(-1) + " after " + call.attempts());
        }
      };
    }
  }

  private final Recorder recorder = new Recorder();

  @Test
  void eachAttemptCarriesTheInterceptorsHeadersAndTheCallEndsOnce() throws Exception {
    hoopAi.enqueueJson(503, "{\"statusCode\":503,\"message\":\"down\"}");
    hoopAi.enqueueExample("getInvoice");
    InvoicesClient intercepted = hoopAi.clientBuilder().callInterceptor(recorder)
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build()).build();

    intercepted.forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);

    RecordedRequest first = hoopAi.takeRequest();
    RecordedRequest second = hoopAi.takeRequest();
    assertThat(first.getHeaders().get("traceparent")).startsWith("00-0af7651916cd43dd8448eb211c80319c-");
    assertThat(first.getHeaders().get("x-attempt")).isEqualTo("1");
    assertThat(second.getHeaders().get("x-attempt")).isEqualTo("2");
    assertThat(recorder.events).containsExactly(
        "begin getInvoice idempotent", "attempt 1", "attempt 2", "end getInvoice 200 after 2");
  }

  @Test
  void theClientsOwnHeadersCannotBeReplacedAndABrokenInterceptorNeverFailsTheCall() throws Exception {
    hoopAi.enqueueExample("getInvoice");
    hoopAi.enqueueExample("getInvoice");
    CallInterceptor forging = (operationId, idempotent) -> new CallInterceptor.Call() {
      @Override
      public void beforeAttempt(int attempt, BiConsumer<String, String> header) {
        header.accept("AUTHORIZATION", "Bearer someone-else");
      }
    };
    CallInterceptor broken = (operationId, idempotent) -> {
      throw new IllegalStateException("tracing backend down");
    };

    List<String> warnings = new CopyOnWriteArrayList<>();
    Logger jul = Logger.getLogger("com.hoopai.invoices.client");
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        warnings.add(record.getMessage() + ": " + record.getThrown().getMessage());
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    boolean parents = jul.getUseParentHandlers();
    jul.setUseParentHandlers(false);   // kept out of the build's output; checked below
    jul.addHandler(capture);
    Object invoice;
    try {
      hoopAi.clientBuilder().callInterceptor(forging).build().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);
      invoice = hoopAi.clientBuilder().callInterceptor(broken.andThen(recorder)).build().forLocation(LOCATION).invoices()
          .getInvoice(INVOICE_ID);
    } finally {
      jul.removeHandler(capture);
      jul.setUseParentHandlers(parents);
    }

    assertThat(hoopAi.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(invoice).isNotNull();
    assertThat(warnings).containsExactly(
        "a CallListener or CallInterceptor threw; ignored: the client sets the AUTHORIZATION header itself",
        "a CallListener or CallInterceptor threw; ignored: tracing backend down");
  }

  @Test
  void aFailedCallEndsWithItsStatusAndCombinedInterceptorsNest() {
    hoopAi.enqueueJson(404, "{\"statusCode\":404,\"message\":\"Invoice not found\"}");
    List<String> order = new CopyOnWriteArrayList<>();
    CallInterceptor outer = named("outer", order);
    CallInterceptor inner = named("inner", order);

    Throwable thrown = catchThrowable(() -> hoopAi.clientBuilder().callInterceptor(outer.andThen(inner)).build()
        .forLocation(LOCATION).invoices().getInvoice(INVOICE_ID));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertThat(order).containsExactly("outer begin", "inner begin", "outer attempt", "inner attempt",
        "inner end 404", "outer end 404");
  }

  private static CallInterceptor named(String name, List<String> order) {
    return (operationId, idempotent) -> {
      order.add(name + " begin");
      return new CallInterceptor.Call() {
        @Override
        public void beforeAttempt(int attempt, BiConsumer<String, String> header) {
          order.add(name + " attempt");
        }

        @Override
        public void end(CallEvent call) {
          order.add(name + " end " + call.statusCode().orElse(-1));
        }
      };
    };
  }
}
