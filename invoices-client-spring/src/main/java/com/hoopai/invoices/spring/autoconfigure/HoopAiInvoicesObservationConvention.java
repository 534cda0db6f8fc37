package com.hoopai.invoices.spring.autoconfigure;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observations of HoopAI Invoices API calls. Define a bean of this type to change them;
 * the default is {@link DefaultHoopAiInvoicesObservationConvention}. Keep the low-cardinality key values to
 * operations and outcomes: an id or a token there would make a time series per customer, or leak.
 *
 * <pre>{@code
 * @Bean
 * HoopAiInvoicesObservationConvention invoicesConvention() {
 *   return new DefaultHoopAiInvoicesObservationConvention() {
 *     @Override public String getName() { return "billing.hoopai"; }
 *   };
 * }
 * }</pre>
 */
public interface HoopAiInvoicesObservationConvention extends ObservationConvention<HoopAiInvoicesObservationContext> {

  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof HoopAiInvoicesObservationContext;
  }
}
