package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.client.CallEvent;
import io.micrometer.common.KeyValues;

/**
 * The observations' default names and tags: the name {@value #NAME} (so Micrometer's meter handler records
 * the timer the starter has always recorded), the span named after the operation ({@code getInvoice}), and
 * three low-cardinality key values:
 * <ul>
 *   <li>{@code operation}: the spec's operationId;
 *   <li>{@code status}: the last HTTP status, {@code IO_ERROR} when the last attempt got no answer, or
 *       {@code NONE} when nothing was sent;
 *   <li>{@code outcome}: {@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR}, {@code REDIRECTION} or
 *       {@code UNKNOWN}.
 * </ul>
 * No high-cardinality key values: ids, URLs with ids in them, bodies and tokens are never recorded.
 *
 * <pre>{@code
 * // hoopai.invoices.requests{operation="getInvoice",status="200",outcome="SUCCESS",error="none"}
 * }</pre>
 */
public class DefaultHoopAiInvoicesObservationConvention implements HoopAiInvoicesObservationConvention {

  /** The observation's name, and the timer's. */
  public static final String NAME = "hoopai.invoices.requests";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getContextualName(HoopAiInvoicesObservationContext context) {
    return context.getOperationId();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(HoopAiInvoicesObservationContext context) {
    CallEvent call = context.getCall().orElse(null);
    return KeyValues.of(
        "operation", context.getOperationId(),
        "status", call == null ? "NONE" : CallOutcomes.status(call),
        "outcome", call == null ? "UNKNOWN" : CallOutcomes.outcome(call));
  }
}
