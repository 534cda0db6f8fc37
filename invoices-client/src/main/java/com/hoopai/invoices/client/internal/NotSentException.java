package com.hoopai.invoices.client.internal;

import java.io.IOException;

/** An I/O failure raised before the request was handed to the network, so it provably was not sent. */
final class NotSentException extends IOException {

  private static final long serialVersionUID = 1L;

  NotSentException(String message, Throwable cause) {
    super(message, cause);
  }
}
