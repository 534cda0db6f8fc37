package com.hoopai.invoices.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.client.errors.BadRequestException;
import com.hoopai.invoices.client.errors.UnprocessableEntityException;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.RecordPaymentResult;
import com.hoopai.invoices.model.SentTo;
import com.hoopai.invoices.model.Text2PayAction;
import com.hoopai.invoices.model.Text2PayRequest;
import com.hoopai.invoices.model.Text2PayResult;
import com.hoopai.invoices.model.UpdateInvoiceRequest;
import com.hoopai.invoices.sandbox.support.Requests;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

@HoopAiSandboxTest
class InvoiceRulesTest {

  @Test
  void aNewInvoiceIsADraftWithItsTotalsComputedFromTheLines(LocationClient hoopai) {
    Invoice draft = hoopai.invoices().createInvoice(Requests.invoice());

    assertThat(draft.getStatus()).isEqualTo(InvoiceStatus.DRAFT);
    // 850 + 2 x 125.50 = 1101; tax 8.25% of 850 = 70.125; 50 off: 1121.125 -> 1121.13
    assertThat(draft.getTotal()).isEqualByComparingTo("1121.13");
    assertThat(draft.getAmountDue()).isEqualByComparingTo("1121.13");
    assertThat(draft.getAmountPaid()).isEqualByComparingTo("0");
    assertThat(draft.getTotalSummary().getSubTotal()).isEqualByComparingTo("1101");
    assertThat(draft.getTotalSummary().getTax()).isEqualByComparingTo("70.13");
    assertThat(draft.getTotalSummary().getDiscount()).isEqualByComparingTo("50");
    assertThat(draft.getInvoiceItems()).allSatisfy(item -> assertThat(item.getId()).isNotBlank());
  }

  @Test
  void numbersComeFromTheSequenceThatGenerateInvoiceNumberReports(LocationClient hoopai) {
    String next = hoopai.invoices().generateInvoiceNumber().getInvoiceNumber();
    Invoice first = hoopai.invoices().createInvoice(Requests.invoice());
    Invoice chosen = hoopai.invoices().createInvoice(Requests.invoice().invoiceNumber("1042"));
    Invoice after = hoopai.invoices().createInvoice(Requests.invoice());

    assertThat(first.getInvoiceNumber()).isEqualTo(next);
    assertThat(chosen.getInvoiceNumber()).isEqualTo("1042");
    assertThat(after.getInvoiceNumber()).isEqualTo("1043");
    assertThat(hoopai.invoices().generateInvoiceNumber().getInvoiceNumber()).isEqualTo("1044");
  }

  @Test
  void sendingMovesADraftToSent(LocationClient hoopai) {
    Invoice draft = hoopai.invoices().createInvoice(Requests.invoice());

    Invoice sent = hoopai.invoices().sendInvoice(draft.getId(), Requests.send()).getInvoice();

    assertThat(sent.getStatus()).isEqualTo(InvoiceStatus.SENT);
  }

  @Test
  void aPartialThenAFullPaymentMoveTheInvoiceToPartiallyPaidThenPaid(LocationClient hoopai, HoopAiSandbox sandbox) {
    Invoice invoice = sent(hoopai);

    RecordPaymentResult partial = hoopai.invoices().recordInvoicePayment(invoice.getId(), Requests.payment("500"));
    assertThat(partial.getSuccess()).isTrue();
    assertThat(partial.getInvoice().getStatus()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    assertThat(partial.getInvoice().getAmountPaid()).isEqualByComparingTo("500");
    assertThat(partial.getInvoice().getAmountDue()).isEqualByComparingTo("621.13");

    RecordPaymentResult rest = hoopai.invoices().recordInvoicePayment(invoice.getId(), Requests.payment("621.13"));
    assertThat(rest.getInvoice().getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(rest.getInvoice().getAmountDue()).isEqualByComparingTo("0");
    assertThat(sandbox.records().invoice(invoice.getId())).get().extracting(Invoice::getAmountPaid)
        .satisfies(paid -> assertThat(paid).isEqualByComparingTo("1121.13"));
  }

  @Test
  void aPaymentWithoutAnAmountPaysWhatIsDue(LocationClient hoopai) {
    Invoice invoice = sent(hoopai);
    hoopai.invoices().recordInvoicePayment(invoice.getId(), Requests.payment("21.13"));

    Invoice paid = hoopai.invoices().recordInvoicePayment(invoice.getId(), Requests.payment(null)).getInvoice();

    assertThat(paid.getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(paid.getAmountPaid()).isEqualByComparingTo("1121.13");
  }

  @Test
  void anOverpaymentIsRefusedAndChangesNothing(LocationClient hoopai, HoopAiSandbox sandbox) {
    Invoice invoice = sent(hoopai);

    assertThatThrownBy(() -> hoopai.invoices().recordInvoicePayment(invoice.getId(), Requests.payment("1121.14")))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("more than the amount due of 1121.13");
    assertThat(sandbox.records().invoice(invoice.getId())).get().extracting(Invoice::getStatus).isEqualTo(InvoiceStatus.SENT);
  }

  @Test
  void paymentsAreRefusedOnDraftVoidAndPaidInvoices(LocationClient hoopai) {
    Invoice draft = hoopai.invoices().createInvoice(Requests.invoice());
    assertThatThrownBy(() -> hoopai.invoices().recordInvoicePayment(draft.getId(), Requests.payment("1")))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("draft");

    Invoice voided = sent(hoopai);
    hoopai.invoices().voidInvoice(voided.getId());
    assertThatThrownBy(() -> hoopai.invoices().recordInvoicePayment(voided.getId(), Requests.payment("1")))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("void");

    Invoice paid = sent(hoopai);
    hoopai.invoices().recordInvoicePayment(paid.getId(), Requests.payment(null));
    assertThatThrownBy(() -> hoopai.invoices().recordInvoicePayment(paid.getId(), Requests.payment("1")))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("already paid");
  }

  @Test
  void aPaymentMustBePositive(LocationClient hoopai) {
    Invoice invoice = sent(hoopai);

    assertThatThrownBy(() -> hoopai.invoices().recordInvoicePayment(invoice.getId(), Requests.payment("0")))
        .isInstanceOfSatisfying(UnprocessableEntityException.class,
            e -> assertThat(e.messages()).containsExactly("amount must be a positive number"));
  }

  @Test
  void onlyDraftsCanBeDeleted(LocationClient hoopai, HoopAiSandbox sandbox) {
    Invoice draft = hoopai.invoices().createInvoice(Requests.invoice());
    Invoice sent = sent(hoopai);

    assertThat(hoopai.invoices().deleteInvoice(draft.getId()).getId()).isEqualTo(draft.getId());
    assertThat(sandbox.records().invoice(draft.getId())).isEmpty();
    assertThatThrownBy(() -> hoopai.invoices().deleteInvoice(sent.getId()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("Only draft invoices can be deleted");
  }

  @Test
  void draftsCannotBeVoidedButSentInvoicesCan(LocationClient hoopai) {
    Invoice draft = hoopai.invoices().createInvoice(Requests.invoice());
    Invoice sent = sent(hoopai);

    assertThatThrownBy(() -> hoopai.invoices().voidInvoice(draft.getId()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("draft invoice cannot be voided");
    assertThat(hoopai.invoices().voidInvoice(sent.getId()).getStatus())
        .isEqualTo(InvoiceStatus.VOID);
    assertThatThrownBy(() -> hoopai.invoices().voidInvoice(sent.getId()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("already void");
  }

  @Test
  void anUpdateRecomputesTheTotalsButPaidInvoicesCannotBeEdited(LocationClient hoopai) {
    Invoice draft = hoopai.invoices().createInvoice(Requests.invoice());
    UpdateInvoiceRequest update = new UpdateInvoiceRequest().name("One service call").currency("USD")
        .addInvoiceItemsItem(Requests.serviceCall());

    Invoice updated = hoopai.invoices().updateInvoice(draft.getId(), update);
    assertThat(updated.getTotal()).isEqualByComparingTo("201.00");   // 251 - 50 (the discount stays)
    assertThat(updated.getName()).isEqualTo("One service call");

    hoopai.invoices().sendInvoice(draft.getId(), Requests.send());
    hoopai.invoices().recordInvoicePayment(draft.getId(), Requests.payment(null));
    assertThatThrownBy(() -> hoopai.invoices().updateInvoice(draft.getId(), update))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("cannot be edited");
  }

  @Test
  void anUnknownIdAnswers400AsTheRealApiDoes(LocationClient hoopai, HoopAiSandbox sandbox) {
    assertThatThrownBy(() -> hoopai.invoices().getInvoice("6578278e879ad2646715ba9c"))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.getMessage()).contains("Unable to find invoice");
        });
    Invoice elsewhere = sandbox.client().forLocation("otherLocation0000001").invoices()
        .createInvoice(Requests.invoice());
    assertThatThrownBy(() -> hoopai.invoices().getInvoice(elsewhere.getId()))
        .as("another location's invoice").isInstanceOf(BadRequestException.class);
  }

  @Test
  void text2PayCreatesAndSendsInOneCallAndAnswersAPaymentLink(LocationClient hoopai, HoopAiSandbox sandbox) {
    Text2PayResult result = hoopai.invoices().text2PayInvoice(new Text2PayRequest().action(Text2PayAction.SEND)
        .userId("user-1").name("Quick fix").currency("USD").addItemsItem(Requests.serviceCall())
        .contactDetails(Requests.contact()).issueDate(Requests.ISSUED)
        .sentTo(new SentTo().addEmailItem("alex.morgan@example.com")).liveMode(true));

    assertThat(result.getInvoice().getStatus()).isEqualTo(InvoiceStatus.SENT);
    assertThat(result.getInvoice().getTotal()).isEqualByComparingTo(new BigDecimal("251.00"));
    assertThat(result.getInvoiceUrl()).startsWith(sandbox.baseUrl()).endsWith(result.getInvoice().getId());
  }

  private static Invoice sent(LocationClient hoopai) {
    Invoice draft = hoopai.invoices().createInvoice(Requests.invoice());
    return hoopai.invoices().sendInvoice(draft.getId(), Requests.send()).getInvoice();
  }
}
