package com.hoopai.invoices.sandbox.server.internal;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Record ids shaped like the API's 24-hex-digit ids, unique per sandbox. Thread-safe. */
final class Ids {

  private final long salt = new SecureRandom().nextLong() & 0xffff_ffffL;
  private final AtomicLong sequence = new AtomicLong();

  /** A new id. */
  public String next() {
    return String.format("%08x%016x", salt, sequence.incrementAndGet());
  }
}
