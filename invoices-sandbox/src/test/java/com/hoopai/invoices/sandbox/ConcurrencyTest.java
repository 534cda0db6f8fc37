package com.hoopai.invoices.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.client.errors.BadRequestException;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.sandbox.support.Requests;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Many threads, one sandbox: payments never exceed the total, numbers never repeat. */
@HoopAiSandboxTest
class ConcurrencyTest {

  @Test
  void concurrentPaymentsNeverPayMoreThanTheTotal(HoopAiSandbox sandbox, LocationClient hoopai) throws Exception {
    sandbox.rateLimits().set(10_000, Duration.ofSeconds(10));
    Invoice invoice = hoopai.invoices().createInvoice(Requests.invoice());
    hoopai.invoices().sendInvoice(invoice.getId(), Requests.send());
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();

    // 1121.13 due; 40 payments of 30.00: 37 fit (1110.00), the rest would overpay.
    runConcurrently(40, () -> {
      try {
        hoopai.invoices().recordInvoicePayment(invoice.getId(), Requests.payment("30.00"));
        accepted.incrementAndGet();
      } catch (BadRequestException e) {
        refused.incrementAndGet();
      }
      return null;
    });

    Invoice after = sandbox.records().invoice(invoice.getId()).orElseThrow();
    assertThat(accepted).hasValue(37);
    assertThat(refused).hasValue(3);
    assertThat(after.getAmountPaid()).isEqualByComparingTo("1110.00");
    assertThat(after.getAmountDue()).isEqualByComparingTo("11.13");
    assertThat(after.getStatus()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
  }

  @Test
  void concurrentCreatesGetDistinctNumbers(HoopAiSandbox sandbox, LocationClient hoopai) throws Exception {
    sandbox.rateLimits().set(10_000, Duration.ofSeconds(10));

    runConcurrently(30, () -> hoopai.invoices().createInvoice(Requests.invoice()));

    assertThat(sandbox.records().invoices()).hasSize(30).extracting(Invoice::getInvoiceNumber).doesNotHaveDuplicates();
  }

  private static void runConcurrently(int tasks, Callable<?> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < tasks; i++) {
        futures.add(pool.submit(task));
      }
      for (Future<?> future : futures) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
