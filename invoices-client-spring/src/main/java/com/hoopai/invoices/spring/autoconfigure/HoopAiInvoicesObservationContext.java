package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.client.CallEvent;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.SenderContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an {@link io.micrometer.observation.Observation} of one HoopAI Invoices API call knows: the operation,
 * and once the call ended, how it ended ({@link #getCall()}). Its carrier collects the headers a tracing
 * handler propagates ({@code traceparent}...); every attempt of the call sends them.
 *
 * <pre>{@code
 * class MyConvention extends DefaultHoopAiInvoicesObservationConvention {
 *   @Override public KeyValues getLowCardinalityKeyValues(HoopAiInvoicesObservationContext context) {
 *     return super.getLowCardinalityKeyValues(context).and("idempotent", String.valueOf(context.isIdempotent()));
 *   }
 * }
 * }</pre>
 */
public final class HoopAiInvoicesObservationContext extends SenderContext<Map<String, String>> {

  private final String operationId;
  private final boolean idempotent;
  private CallEvent call;

  /**
   * The context of a call that begins.
   *
   * @param operationId the spec's operationId, such as {@code getInvoice}
   * @param idempotent whether the operation is safe to repeat
   */
  public HoopAiInvoicesObservationContext(String operationId, boolean idempotent) {
    super((carrier, key, value) -> carrier.put(key, value), Kind.CLIENT);
    setCarrier(new LinkedHashMap<>());
    setRemoteServiceName("hoopai-invoices");
    this.operationId = operationId;
    this.idempotent = idempotent;
  }

  /**
   * The operation.
   *
   * @return the spec's operationId, such as {@code getInvoice}
   */
  public String getOperationId() {
    return operationId;
  }

  /**
   * Whether the operation is safe to repeat (the spec's {@code x-sdk-idempotent}).
   *
   * @return true for reads, updates and deletes that may be sent again
   */
  public boolean isIdempotent() {
    return idempotent;
  }

  /**
   * How the call ended.
   *
   * @return the call's end, empty while it runs
   */
  public Optional<CallEvent> getCall() {
    return Optional.ofNullable(call);
  }

  void setCall(CallEvent call) {
    this.call = call;
  }
}
