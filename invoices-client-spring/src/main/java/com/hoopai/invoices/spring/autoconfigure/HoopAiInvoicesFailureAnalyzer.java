package com.hoopai.invoices.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link HoopAiInvoicesConfigurationException} into Boot's "APPLICATION FAILED TO START" report. */
final class HoopAiInvoicesFailureAnalyzer extends AbstractFailureAnalyzer<HoopAiInvoicesConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, HoopAiInvoicesConfigurationException cause) {
    return new FailureAnalysis("The HoopAI Invoices client cannot start: " + cause.getMessage(), cause.action(), cause);
  }
}
