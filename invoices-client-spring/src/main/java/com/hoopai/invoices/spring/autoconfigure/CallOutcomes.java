package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.client.CallEvent;
import com.hoopai.invoices.client.errors.HoopAiConnectionException;

/** The {@code status} and {@code outcome} tags of a call, the same for the metrics and the observations. */
final class CallOutcomes {

  private CallOutcomes() {
  }

  /** The last HTTP status, {@code IO_ERROR} when the last attempt got no answer, {@code NONE} if none was sent. */
  static String status(CallEvent call) {
    return call.statusCode().isPresent() ? String.valueOf(call.statusCode().getAsInt())
        : call.failure() instanceof HoopAiConnectionException ? "IO_ERROR" : "NONE";
  }

  /** {@code SUCCESS}, or the class of the last status. */
  static String outcome(CallEvent call) {
    if (call.succeeded()) {
      return "SUCCESS";
    }
    int status = call.statusCode().orElse(0);
    return switch (status / 100) {
      case 3 -> "REDIRECTION";
      case 4 -> "CLIENT_ERROR";
      case 5 -> "SERVER_ERROR";
      default -> "UNKNOWN";
    };
  }
}
