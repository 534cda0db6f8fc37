package com.hoopai.invoices.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.sandbox.HoopAiSandboxTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The read-only tour, against a sandbox location that has some history. */
@HoopAiSandboxTest
class QuickStartTest {

  @Test
  void printsTheSettingsTheNextNumberAndTheLatestInvoices(LocationClient hoopai) {
    new BillingWorkflow(hoopai, Customer.SANDBOX, true, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8)).run();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    List<Invoice> recent = QuickStart.tour(hoopai, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(recent).hasSize(2);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("titled \"INVOICE\", prefix INV-, due after 14 days")
        .containsPattern("Requests left in this rate-limit window: \\d+")
        .contains("Next invoice number: 3")
        .contains("paid");
  }
}
