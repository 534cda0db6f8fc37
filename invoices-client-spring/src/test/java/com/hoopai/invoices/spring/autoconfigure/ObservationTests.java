package com.hoopai.invoices.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.client.errors.NotFoundException;
import com.hoopai.invoices.sandbox.server.Fault;
import com.hoopai.invoices.sandbox.server.SandboxRequest;
import com.hoopai.invoices.sandbox.server.SandboxServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Every call is a Micrometer Observation: with a tracer (OpenTelemetry through Micrometer Tracing, spans kept in
 * memory), one client span per call named after the operation, its context sent as {@code traceparent}; with
 * Boot's observation set-up and no tracer, the {@code hoopai.invoices.requests} timer still.
 */
class ObservationTests {

  @RegisterExtension
  final ServerFixture hoopAi = new ServerFixture();

  private final SandboxServer fake = hoopAi.server();
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
      .addSpanProcessor(SimpleSpanProcessor.create(spans)).build();

  private final ApplicationContextRunner runner = hoopAi.runner();

  @AfterEach
  void stop() {
    tracerProvider.close();
  }

  /** What Boot's tracing auto-configuration sets up, by hand so that it reads the same on Boot 4 and 3.5. */
  private ObservationRegistry tracedRegistry(MeterRegistry meters) {
    io.opentelemetry.api.trace.Tracer otel = tracerProvider.get("observation-tests");
    OtelTracer tracer = new OtelTracer(otel, new OtelCurrentTraceContext(), event -> { });
    OtelPropagator propagator = new OtelPropagator(
        ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otel);
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig()
        .observationHandler(new ObservationHandler.FirstMatchingCompositeObservationHandler(
            new PropagatingSenderTracingObservationHandler<>(tracer, propagator),
            new DefaultTracingObservationHandler(tracer)))
        .observationHandler(new DefaultMeterObservationHandler(meters));
    return registry;
  }

  @Test
  void aCallIsOneClientSpanNamedAfterItsOperationAndSendsItsTraceparent() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    fake.faults().failNext("getInvoice", Fault.status(503, "{\"statusCode\":503,\"message\":\"down\"}"));
    runner.withBean(MeterRegistry.class, () -> meters)
        .withBean(ObservationRegistry.class, () -> tracedRegistry(meters)).run(context -> {
          context.getBean(InvoicesApi.class).getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION);

          assertThat(spans.getFinishedSpanItems()).singleElement().satisfies(span -> {
            assertThat(span.getName()).isEqualTo("getInvoice");
            assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
            assertThat(span.getAttributes().get(AttributeKey.stringKey("operation"))).isEqualTo("getInvoice");
            assertThat(span.getAttributes().get(AttributeKey.stringKey("status"))).isEqualTo("200");
            assertThat(span.getAttributes().get(AttributeKey.stringKey("outcome"))).isEqualTo("SUCCESS");
            // Both attempts (the 503 and its retry) carry the call's span context.
            String traceparent = "00-" + span.getTraceId() + "-" + span.getSpanId() + "-";   // then the flags
            assertThat(fake.requests().api()).hasSize(2).extracting(request -> request.header("traceparent"))
                .allSatisfy(header -> assertThat(header).startsWith(traceparent));
            assertNoIdOrToken(span);
          });
          // One instrumentation: the timer comes from the observation, recorded once.
          assertThat(meters.get(HoopAiInvoicesMetrics.REQUESTS)
              .tags("operation", "getInvoice", "status", "200", "outcome", "SUCCESS").timer().count()).isEqualTo(1);
          assertThat(meters.find(HoopAiInvoicesMetrics.REQUESTS).timers()).hasSize(1);
        });
  }

  @Test
  void aFailedCallEndsItsSpanInError() {
    fake.faults().failNext("getInvoice", Fault.status(404, "{\"statusCode\":404,\"message\":\"Invoice not found\"}"));
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    runner.withBean(MeterRegistry.class, () -> meters)
        .withBean(ObservationRegistry.class, () -> tracedRegistry(meters)).run(context -> {
          catchThrowableOfType(NotFoundException.class,
              () -> context.getBean(InvoicesApi.class).getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION));

          SpanData span = spans.getFinishedSpanItems().get(0);
          assertThat(span.getStatus().getStatusCode()).isEqualTo(io.opentelemetry.api.trace.StatusCode.ERROR);
          assertThat(span.getAttributes().get(AttributeKey.stringKey("outcome"))).isEqualTo("CLIENT_ERROR");
          assertThat(meters.get(HoopAiInvoicesMetrics.REQUESTS)
              .tags("status", "404", "outcome", "CLIENT_ERROR", "error", "NotFoundException").timer().count())
              .isEqualTo(1);
        });
  }

  @Test
  void withoutATracerBootsObservationSetUpStillGivesTheTimerAndNoTraceHeader() {
    runner.withConfiguration(BootClasses.metrics()).withConfiguration(BootClasses.observation()).run(context -> {
      assertThat(context.getBean(ObservationRegistry.class).isNoop()).isFalse();
      context.getBean(InvoicesApi.class).getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION);

      MeterRegistry meters = context.getBean(MeterRegistry.class);
      assertThat(meters.get(HoopAiInvoicesMetrics.REQUESTS)
          .tags("operation", "getInvoice", "status", "200", "outcome", "SUCCESS").timer().count()).isEqualTo(1);
      assertThat(meters.find(HoopAiInvoicesMetrics.REQUESTS).timers()).hasSize(1);
      SandboxRequest request = fake.requests().api().get(0);
      assertThat(request.header("traceparent")).isNull();
    });
  }

  @Test
  void observationsCanBeSwitchedOff() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    runner.withPropertyValues("hoopai.invoices.observations.enabled=false")
        .withBean(MeterRegistry.class, () -> meters)
        .withBean(ObservationRegistry.class, () -> tracedRegistry(meters)).run(context -> {
          assertThat(context).doesNotHaveBean(HoopAiInvoicesObservations.class);
          context.getBean(InvoicesApi.class).getInvoice(ServerFixture.INVOICE_ID, ServerFixture.AT_LOCATION);
          assertThat(spans.getFinishedSpanItems()).isEmpty();
          // The listener's timer instead, as before observations.
          assertThat(meters.get(HoopAiInvoicesMetrics.REQUESTS).tags("operation", "getInvoice").timer().count())
              .isEqualTo(1);
        });
  }

  private static void assertNoIdOrToken(SpanData span) {
    assertThat(span.getAttributes().asMap().values()).extracting(String::valueOf)
        .noneMatch(value -> value.contains(ServerFixture.LOCATION) || value.contains(ServerFixture.INVOICE_ID)
            || value.contains(ServerFixture.TOKEN));
  }
}
