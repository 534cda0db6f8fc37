package com.hoopai.invoices.client;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * How one API call ended, for a {@link CallListener}: the operation, how long it took (retries, waits and
 * a token refresh included), how many attempts were sent, the HTTP status of the last answer, and the
 * failure if it failed.
 *
 * <pre>{@code
 * public void onCallEnd(CallEvent call) {
 *   String status = call.statusCode().isPresent() ? String.valueOf(call.statusCode().getAsInt()) : "NONE";
 *   registry.timer("invoices", "operation", call.operationId(), "status", status).record(call.duration());
 * }
 * }</pre>
 *
 * @param operationId the spec's operationId, such as {@code createInvoice}
 * @param idempotent whether the operation is safe to repeat (the spec's {@code x-sdk-idempotent})
 * @param duration from the call to its return or exception
 * @param attempts HTTP attempts made: 0 when nothing was sent (an open circuit breaker, no token)
 * @param statusCode the status of the last answer, empty when the last attempt got none
 * @param failure what the caller got instead of a result, or {@code null} when the call succeeded
 */
public record CallEvent(String operationId, boolean idempotent, Duration duration, int attempts,
    OptionalInt statusCode, Throwable failure) {

  /**
   * Whether the call returned normally.
   *
   * @return {@code true} when there was no failure
   */
  public boolean succeeded() {
    return failure == null;
  }
}
