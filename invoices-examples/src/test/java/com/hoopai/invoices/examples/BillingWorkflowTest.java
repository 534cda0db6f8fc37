package com.hoopai.invoices.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.client.errors.ServerErrorException;
import com.hoopai.invoices.model.EstimateStatus;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.RecurrenceInterval;
import com.hoopai.invoices.sandbox.HoopAiSandbox;
import com.hoopai.invoices.sandbox.HoopAiSandboxTest;
import com.hoopai.invoices.sandbox.server.Fault;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The main example, run against the sandbox: what it says happened did happen. */
@HoopAiSandboxTest
class BillingWorkflowTest {

  @Test
  void theInvoiceIsSentAndPaidInTwoPayments(LocationClient hoopai, HoopAiSandbox sandbox) {
    BillingWorkflow.Outcome outcome = run(hoopai, new ByteArrayOutputStream());

    Invoice invoice = sandbox.records().invoice(outcome.invoice().getId()).orElseThrow();
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(invoice.getTotal()).isEqualByComparingTo("1121.13");
    assertThat(invoice.getAmountPaid()).isEqualByComparingTo(invoice.getTotal());
    assertThat(invoice.getAmountDue()).isEqualByComparingTo("0");
    assertThat(outcome.paidInvoices()).extracting(Invoice::getId).containsExactly(invoice.getId());
  }

  @Test
  void aMonthlyScheduleIsMadeFromTheTemplateAndStarted(LocationClient hoopai, HoopAiSandbox sandbox) {
    BillingWorkflow.Outcome outcome = run(hoopai, new ByteArrayOutputStream());

    assertThat(sandbox.records().invoiceTemplates()).singleElement()
        .satisfies(t -> assertThat(t.getTotal()).isEqualByComparingTo("127.34"));
    assertThat(sandbox.records().invoiceSchedules()).singleElement().satisfies(schedule -> {
      assertThat(schedule.getStatus()).isEqualTo("active");
      assertThat(schedule.getSchedule().getRrule().getIntervalType()).isEqualTo(RecurrenceInterval.MONTHLY);
      assertThat(schedule.getItems()).extracting(i -> i.getName())
          .containsExactlyElementsOf(outcome.template().getItems().stream().map(i -> i.getName()).toList());
      assertThat(schedule.getTotal()).isEqualByComparingTo(outcome.template().getTotal());
    });
  }

  @Test
  void theEstimateIsSentThenBecomesAnInvoice(LocationClient hoopai, HoopAiSandbox sandbox) {
    BillingWorkflow.Outcome outcome = run(hoopai, new ByteArrayOutputStream());

    assertThat(sandbox.records().estimates()).singleElement().satisfies(estimate -> {
      assertThat(estimate.getEstimateStatus()).isEqualTo(EstimateStatus.INVOICED);
      assertThat(estimate.getEstimateActionHistory()).extracting(a -> a.getAction())
          .containsExactly("created", "sent", "invoice_created");
    });
    Invoice converted = sandbox.records().invoice(outcome.invoiceFromEstimate().getId()).orElseThrow();
    assertThat(converted.getStatus()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(converted.getTotal()).isEqualByComparingTo("1584.45").isEqualByComparingTo(outcome.estimate().getTotal());
    assertThat(sandbox.records().invoices()).hasSize(2);
  }

  @Test
  void itTellsWhatHappenedInAFewReadableLines(LocationClient hoopai) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    run(hoopai, printed);

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Created draft INV-1 \"Water heater replacement\" for Alex Morgan: 1,121.13 USD")
        .contains("Recorded a cash payment of 500.00: partially_paid, 621.13 due")
        .contains("Recorded a bank transfer payment of 621.13: paid, 0.00 due")
        .contains("Scheduled it: active")
        .contains("Converted it into invoice INV-2 (draft, 1,584.45 USD); the estimate is now invoiced")
        .hasLineCount(18);
  }

  @Test
  void anInvoiceWhoseCreationAnswerWasLostIsNotCreatedTwice(LocationClient hoopai, HoopAiSandbox sandbox) {
    // HoopAI creates the invoice, then the answer is lost (a 500 on the way back).
    sandbox.faults().failNext("createInvoice",
        Fault.status(500, "{\"statusCode\":500,\"message\":\"Internal server error\"}").afterTheWork());

    assertThatThrownBy(() -> run(hoopai, new ByteArrayOutputStream())).isInstanceOf(ServerErrorException.class);

    assertThat(sandbox.requests().of("createInvoice")).hasSize(1);
    assertThat(sandbox.records().invoices()).singleElement()
        .satisfies(invoice -> assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.DRAFT));
  }

  @Test
  void aListingThatFailsOnceIsAskedAgainAndTheWorkflowCompletes(LocationClient hoopai, HoopAiSandbox sandbox) {
    sandbox.faults().failNext("listInvoices", Fault.html(502));

    BillingWorkflow.Outcome outcome = run(hoopai, new ByteArrayOutputStream());

    assertThat(outcome.paidInvoices()).extracting(Invoice::getId).containsExactly(outcome.invoice().getId());
    assertThat(sandbox.requests().of("listInvoices")).hasSizeGreaterThanOrEqualTo(2);
  }

  private static BillingWorkflow.Outcome run(LocationClient hoopai, ByteArrayOutputStream printed) {
    return new BillingWorkflow(hoopai, Customer.SANDBOX, true, new PrintStream(printed, true, StandardCharsets.UTF_8))
        .run();
  }
}
