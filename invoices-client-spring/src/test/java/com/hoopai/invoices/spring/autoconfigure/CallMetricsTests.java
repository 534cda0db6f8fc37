package com.hoopai.invoices.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.client.CallListener;
import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.errors.NotFoundException;
import com.hoopai.invoices.sandbox.server.Fault;
import com.hoopai.invoices.sandbox.server.SandboxServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Micrometer metrics per operation and a user's {@link CallListener}, on the sandbox server. */
class CallMetricsTests {

  @RegisterExtension
  final ServerFixture hoopAi = new ServerFixture();

  private final SandboxServer fake = hoopAi.server();

  private final ApplicationContextRunner runner = hoopAi.runner();

  @Test
  void metricsAreRecordedPerOperationWithoutIds() {
    fake.faults().failNext("getInvoice", Fault.status(503, "{\"statusCode\":503,\"message\":\"down\"}"));
    fake.faults().failNext("getInvoice", Fault.status(404, "{\"statusCode\":404,\"message\":\"Invoice not found\"}"));
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      MeterRegistry meters = context.getBean(MeterRegistry.class);
      InvoicesApi invoices = context.getBean(InvoicesApi.class);
      catchThrowableOfType(NotFoundException.class,
          () -> invoices.getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION));
      invoices.getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION);

      assertThat(meters.get(HoopAiInvoicesMetrics.REQUESTS)
          .tags("operation", "getInvoice", "status", "404", "outcome", "CLIENT_ERROR").timer().count()).isEqualTo(1);
      assertThat(meters.get(HoopAiInvoicesMetrics.REQUESTS)
          .tags("operation", "getInvoice", "status", "200", "outcome", "SUCCESS").timer().count()).isEqualTo(1);
      assertThat(meters.get(HoopAiInvoicesMetrics.RETRIES).tag("operation", "getInvoice").counter().count())
          .isEqualTo(1);
      // The headers of the last answer: of these calls, only the one the server served itself (not a fault)
      // counted against the location's limits.
      assertThat(meters.get(HoopAiInvoicesMetrics.RATE_LIMIT_REMAINING).gauge().value())
          .isEqualTo(SandboxServer.DEFAULT_RATE_LIMIT_MAX - 1);
      assertThat(meters.get(HoopAiInvoicesMetrics.RATE_LIMIT_DAILY_REMAINING).gauge().value())
          .isEqualTo(SandboxServer.DEFAULT_DAILY_LIMIT - 1);
      assertThat(meters.getMeters()).flatExtracting(meter -> meter.getId().getTags())
          .noneMatch(tag -> tag.getValue().contains(ServerFixture.LOCATION) || tag.getValue().contains(ServerFixture.INVOICE_ID)
              || tag.getValue().contains(ServerFixture.TOKEN));
    });
  }

  @Test
  void aConnectionFailureIsTaggedIoError() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    runner.withPropertyValues("hoopai.invoices.base-url=http://127.0.0.1:" + closedPort,
        "hoopai.invoices.retry.max-attempts=1").withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
          catchThrowableOfType(RuntimeException.class, () -> context.getBean(InvoicesApi.class)
              .getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION));
          assertThat(context.getBean(MeterRegistry.class).get(HoopAiInvoicesMetrics.REQUESTS)
              .tags("status", "IO_ERROR", "outcome", "UNKNOWN").timer().count()).isEqualTo(1);
        });
  }

  @Test
  void theRateLimitGaugesAreEmptyBeforeAnyAnswer() {
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> assertThat(context
        .getBean(MeterRegistry.class).get(HoopAiInvoicesMetrics.RATE_LIMIT_REMAINING).gauge().value()).isNaN());
  }

  @Test
  void metricsUseBootsAutoConfiguredRegistry() {
    runner.withConfiguration(BootClasses.metrics()).run(context -> {
      context.getBean(InvoicesApi.class).getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION);
      assertThat(context.getBean(MeterRegistry.class).get(HoopAiInvoicesMetrics.REQUESTS).timer().count()).isEqualTo(1);
    });
  }

  @Test
  void noMetricsWithoutAMeterRegistryBean() {
    runner.run(context -> assertThat(context).doesNotHaveBean(HoopAiInvoicesMetrics.class)
        .doesNotHaveBean(CallListener.class));
  }

  @Test
  void noMetricsWithoutMicrometer() {
    runner.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(context -> {
          assertThat(context).hasSingleBean(InvoicesClient.class).doesNotHaveBean(HoopAiInvoicesMetrics.class);
        });
  }

  @Test
  void aUsersCallListenerHearsCalls() {
    List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    runner.withBean(CallListener.class, () -> new CallListener() {
      @Override
      public void onCallEnd(com.hoopai.invoices.client.CallEvent call) {
        heard.add(call.operationId());
      }
    }).run(context -> {
      context.getBean(InvoicesApi.class).getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION);
      assertThat(heard).containsExactly("getInvoice");
    });
  }

  // --- Actuator: masking and health
}
