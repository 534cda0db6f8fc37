package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.client.CallEvent;
import com.hoopai.invoices.client.CallInterceptor;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Makes every API call a Micrometer {@link Observation}, through the client's {@link CallInterceptor}: started
 * (and made current on the caller's thread) when the call begins, stopped when it ends, so the application's
 * observation handlers give it a timer ({@value DefaultHoopAiInvoicesObservationConvention#NAME}) and, with a
 * tracer, a client span named after the operation whose context (a {@code traceparent} header) every attempt
 * carries.
 *
 * <pre>{@code
 * builder.callInterceptor(new HoopAiInvoicesObservations(() -> registry, () -> null));
 * }</pre>
 */
final class HoopAiInvoicesObservations implements CallInterceptor {

  private static final HoopAiInvoicesObservationConvention DEFAULT = new DefaultHoopAiInvoicesObservationConvention();

  private final Supplier<ObservationRegistry> registry;
  private final Supplier<HoopAiInvoicesObservationConvention> convention;
  private volatile ObservationRegistry resolved;

  /**
   * Observes with the application's registry, looked up at the first call (it may be built after the client).
   *
   * @param registry the application's registry, or a supplier of null when it has none
   * @param convention the application's convention, or a supplier of null for the default
   */
  HoopAiInvoicesObservations(Supplier<ObservationRegistry> registry,
      Supplier<HoopAiInvoicesObservationConvention> convention) {
    this.registry = registry;
    this.convention = convention;
  }

  /** Whether calls are observed: the application has a registry that is not the no-op one. */
  boolean active() {
    return !registry().isNoop();
  }

  private ObservationRegistry registry() {
    ObservationRegistry current = resolved;
    if (current == null) {
      current = registry.get();
      current = current == null ? ObservationRegistry.NOOP : current;
      resolved = current;
    }
    return current;
  }

  @Override
  public Call begin(String operationId, boolean idempotent) {
    ObservationRegistry observations = registry();
    if (observations.isNoop()) {
      return Call.NONE;
    }
    HoopAiInvoicesObservationContext context = new HoopAiInvoicesObservationContext(operationId, idempotent);
    Observation observation = Observation.createNotStarted(convention.get(), DEFAULT, () -> context, observations)
        .start();
    Observation.Scope scope = observation.openScope();
    return new Call() {
      @Override
      public void beforeAttempt(int attempt, BiConsumer<String, String> header) {
        for (Map.Entry<String, String> propagated : context.getCarrier().entrySet()) {
          header.accept(propagated.getKey(), propagated.getValue());
        }
      }

      @Override
      public void end(CallEvent call) {
        context.setCall(call);
        if (call.failure() != null) {
          observation.error(call.failure());
        }
        scope.close();
        observation.stop();
      }
    };
  }

  @Override
  public String toString() {
    return "HoopAiInvoicesObservations";
  }
}
