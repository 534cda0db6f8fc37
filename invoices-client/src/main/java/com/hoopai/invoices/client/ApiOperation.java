package com.hoopai.invoices.client;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the spec says of a generated API method: its operationId and whether sending it twice is safe
 * ({@code x-sdk-idempotent}). The client's retry policy, error messages and metrics read it; stock Feign
 * ignores it.
 *
 * <pre>{@code
 * @ApiOperation(id = "recordInvoicePayment", idempotent = false)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiOperation {

  /**
   * The spec's operationId.
   *
   * @return the id, such as {@code createInvoice}
   */
  String id();

  /**
   * Whether sending the request twice has the effect of sending it once.
   *
   * @return {@code false} for requests that create, send or move money
   */
  boolean idempotent();
}
