package com.hoopai.invoices.sandbox.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseCheckerTest {

  private static final ResponseChecker CHECKER =
      new ResponseChecker(SpecDocument.load(ResponseCheckerTest.class.getClassLoader()).api());

  @Test
  void anAnswerThatFitsTheSpecHasNoProblems() {
    assertThat(CHECKER.problems("GET", "/invoices/generate-invoice-number", 200, List.of(),
        "{\"invoiceNumber\":\"7\"}")).isEmpty();
  }

  @Test
  void aMissingRequiredPropertyAWrongTypeOrAnUndocumentedStatusIsAProblem() {
    assertThat(CHECKER.problems("GET", "/invoices/abc", 200, List.of(), "{\"status\":\"draft\"}"))
        .anySatisfy(p -> assertThat(p).contains("required"));
    assertThat(CHECKER.problems("GET", "/invoices/template", 200, List.of(), "{\"data\":[],\"totalCount\":\"x\"}"))
        .anySatisfy(p -> assertThat(p).contains("totalCount"));
    assertThat(CHECKER.problems("POST", "/invoices/estimate", 200, List.of(), "{}")).isNotEmpty();
  }

  @Test
  void theSuitesOfThisModuleRunWithTheCheckOn() {
    assertThat(Boolean.getBoolean("hoopai.sandbox.checkResponses")).isTrue();
  }
}
