package com.hoopai.invoices.client.resilience;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.errors.CircuitOpenException;
import com.hoopai.invoices.client.errors.HoopAiConnectionException;
import com.hoopai.invoices.client.errors.ServerErrorException;
import com.hoopai.invoices.client.support.HoopAiMock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The circuit breaker is off by default; when configured and open, calls fail fast and nothing is sent. */
class CircuitBreakerTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private void enqueue500s(int count) {
    for (int i = 0; i < count; i++) {
      hoopAi.enqueueJson(500, "{\"statusCode\":500,\"message\":\"down\"}");
    }
  }

  @Test
  void anOpenBreakerFailsFastWithoutSending() {
    CircuitBreaker breaker = CircuitBreaker.of("hoopai-invoices", CircuitBreakerConfig.custom()
        .slidingWindowSize(4).minimumNumberOfCalls(4).failureRateThreshold(50)
        .waitDurationInOpenState(Duration.ofMinutes(1))
        .recordException(e -> e instanceof ServerErrorException || e instanceof HoopAiConnectionException)
        .build());
    InvoicesClient guarded = hoopAi.clientBuilder().circuitBreaker(breaker).build();
    enqueue500s(4);
    for (int i = 0; i < 4; i++) {
      catchThrowableOfType(ServerErrorException.class, () -> guarded.forLocation(LOCATION).invoices().getInvoiceSettings());
    }

    CircuitOpenException open = catchThrowableOfType(CircuitOpenException.class,
        () -> guarded.forLocation(LOCATION).invoices().getInvoiceSettings());

    assertThat(open.getMessage()).contains("'hoopai-invoices' is OPEN").contains("getInvoiceSettings was not sent");
    assertThat(hoopAi.requestCount()).isEqualTo(4);
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(guarded.circuitBreaker()).containsSame(breaker);
    assertThat(hoopAi.client().circuitBreaker()).isEmpty();
  }

  @Test
  void clientErrorsDoNotOpenABreakerThatRecordsServerFailuresOnly() {
    CircuitBreaker breaker = CircuitBreaker.of("hoopai-invoices", CircuitBreakerConfig.custom()
        .slidingWindowSize(2).minimumNumberOfCalls(2)
        .recordException(e -> e instanceof ServerErrorException).build());
    InvoicesClient guarded = hoopAi.clientBuilder().circuitBreaker(breaker).build();
    for (int i = 0; i < 3; i++) {
      hoopAi.enqueueJson(400, "{\"statusCode\":400,\"message\":\"bad\"}");
    }

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> guarded.forLocation(LOCATION).invoices().getInvoiceSettings())
          .isInstanceOf(com.hoopai.invoices.client.errors.BadRequestException.class);
    }
    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void withoutABreakerFailuresNeverFailFast() {
    enqueue500s(10);

    for (int i = 0; i < 10; i++) {
      catchThrowableOfType(ServerErrorException.class, () -> hoopAi.client().forLocation(LOCATION).invoices().getInvoiceSettings());
    }

    assertThat(hoopAi.requestCount()).isEqualTo(10);
  }
}
