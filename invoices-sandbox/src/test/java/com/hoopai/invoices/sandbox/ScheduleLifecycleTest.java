package com.hoopai.invoices.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.client.errors.BadRequestException;
import com.hoopai.invoices.model.AutoPaymentDetails;
import com.hoopai.invoices.model.AutoPaymentScheduleRequest;
import com.hoopai.invoices.model.Card;
import com.hoopai.invoices.model.InvoiceSchedule;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.ScheduleInvoiceScheduleRequest;
import com.hoopai.invoices.sandbox.support.Requests;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Draft, active (first invoice issued when due), auto-payment, cancelled; on a fixed clock. */
class ScheduleLifecycleTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

  private HoopAiSandbox sandbox;
  private LocationClient hoopai;

  @BeforeEach
  void start() {
    sandbox = HoopAiSandbox.builder()
        .clock(Clock.fixed(Instant.parse("2026-04-01T09:30:00Z"), ZoneOffset.UTC))
        .start();
    hoopai = sandbox.location();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void aNewScheduleIsADraftAndIssuesNothing() {
    InvoiceSchedule schedule = hoopai.invoiceSchedules().createInvoiceSchedule(Requests.schedule(TODAY));

    assertThat(schedule.getStatus()).isEqualTo("draft");
    assertThat(schedule.getTotal()).isEqualByComparingTo("251.00");
    assertThat(schedule.getCreatedAt()).hasToString("2026-04-01T09:30Z");
    assertThat(sandbox.records().invoices()).isEmpty();
  }

  @Test
  void schedulingMakesItActiveAndIssuesTheFirstInvoiceWhenItIsDue() {
    InvoiceSchedule schedule = hoopai.invoiceSchedules().createInvoiceSchedule(Requests.schedule(TODAY));

    InvoiceSchedule active = hoopai.invoiceSchedules().scheduleInvoiceSchedule(schedule.getId(),
        new ScheduleInvoiceScheduleRequest().liveMode(true));

    assertThat(active.getStatus()).isEqualTo("active");
    assertThat(active.getInvoices()).singleElement().satisfies(invoice -> {
      assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.SENT);
      assertThat(invoice.getIssueDate()).isEqualTo(TODAY);
      assertThat(invoice.getTotal()).isEqualByComparingTo("251.00");
      assertThat(invoice.getSentTo().getEmail()).containsExactly("alex.morgan@example.com");
    });
    assertThat(sandbox.records().invoices()).hasSize(1);
  }

  @Test
  void aScheduleStartingLaterIssuesNothingYet() {
    InvoiceSchedule schedule = hoopai.invoiceSchedules().createInvoiceSchedule(Requests.schedule(TODAY.plusMonths(1)));

    InvoiceSchedule active = hoopai.invoiceSchedules().scheduleInvoiceSchedule(schedule.getId(),
        new ScheduleInvoiceScheduleRequest().liveMode(true));

    assertThat(active.getStatus()).isEqualTo("active");
    assertThat(active.getInvoices()).isEmpty();
  }

  @Test
  void issuedInvoicesShowTheirCurrentStateOnTheSchedule() {
    InvoiceSchedule schedule = hoopai.invoiceSchedules().createInvoiceSchedule(Requests.schedule(TODAY));
    String invoiceId = hoopai.invoiceSchedules().scheduleInvoiceSchedule(schedule.getId(),
        new ScheduleInvoiceScheduleRequest().liveMode(true)).getInvoices().get(0).getId();

    hoopai.invoices().recordInvoicePayment(invoiceId, Requests.payment(null));

    assertThat(hoopai.invoiceSchedules().getInvoiceSchedule(schedule.getId()).getInvoices())
        .singleElement().extracting(i -> i.getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(sandbox.records().invoiceSchedules()).singleElement()
        .satisfies(s -> assertThat(s.getInvoices()).singleElement().extracting(i -> i.getStatus())
            .isEqualTo(InvoiceStatus.PAID));
  }

  @Test
  void autoPaymentNeedsTheScheduleIdInTheBodyToo() {
    InvoiceSchedule schedule = hoopai.invoiceSchedules().createInvoiceSchedule(Requests.schedule(TODAY));
    AutoPaymentDetails card = new AutoPaymentDetails().enable(true).card(new Card().brand("visa").last4("4242"));

    assertThatThrownBy(() -> hoopai.invoiceSchedules().setInvoiceScheduleAutoPayment(schedule.getId(),
        new AutoPaymentScheduleRequest().id("another").autoPayment(card)))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("scheduleId");
    InvoiceSchedule withCard = hoopai.invoiceSchedules().setInvoiceScheduleAutoPayment(schedule.getId(),
        new AutoPaymentScheduleRequest().id(schedule.getId()).autoPayment(card));
    assertThat(withCard.getAutoPayment().getCard().getLast4()).isEqualTo("4242");
  }

  @Test
  void aCancelledScheduleCannotBeStartedChangedOrCancelledAgain() {
    InvoiceSchedule schedule = hoopai.invoiceSchedules().createInvoiceSchedule(Requests.schedule(TODAY));
    hoopai.invoiceSchedules().scheduleInvoiceSchedule(schedule.getId(), new ScheduleInvoiceScheduleRequest()
        .liveMode(true));

    InvoiceSchedule cancelled = hoopai.invoiceSchedules().cancelInvoiceSchedule(schedule.getId());

    assertThat(cancelled.getStatus()).isEqualTo("cancelled");
    assertThatThrownBy(() -> hoopai.invoiceSchedules().scheduleInvoiceSchedule(schedule.getId(),
        new ScheduleInvoiceScheduleRequest().liveMode(true))).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> hoopai.invoiceSchedules().updateAndScheduleInvoiceSchedule(schedule.getId()))
        .isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> hoopai.invoiceSchedules().cancelInvoiceSchedule(schedule.getId()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("already cancelled");
  }

  @Test
  void updateAndScheduleFindsTheScheduleWithoutALocationInTheRequest() {
    InvoiceSchedule schedule = hoopai.invoiceSchedules().createInvoiceSchedule(Requests.schedule(TODAY));

    assertThat(hoopai.invoiceSchedules().updateAndScheduleInvoiceSchedule(schedule.getId()).getStatus())
        .isEqualTo("active");
    assertThatThrownBy(() -> hoopai.invoiceSchedules().updateAndScheduleInvoiceSchedule("unknown"))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("Unable to find schedule");
  }
}
