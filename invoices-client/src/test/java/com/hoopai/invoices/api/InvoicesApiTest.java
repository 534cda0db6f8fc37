package com.hoopai.invoices.api;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static com.hoopai.invoices.client.support.HoopAiMock.assertLocationQuery;
import static com.hoopai.invoices.client.support.HoopAiMock.bodyOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.AltType;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.DeleteInvoiceParams;
import com.hoopai.invoices.model.DiscountType;
import com.hoopai.invoices.model.GenerateInvoiceNumberParams;
import com.hoopai.invoices.model.GeneratedInvoiceNumber;
import com.hoopai.invoices.model.GetInvoiceParams;
import com.hoopai.invoices.model.GetInvoiceSettingsParams;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceItem;
import com.hoopai.invoices.model.InvoiceLastVisitedRequest;
import com.hoopai.invoices.model.InvoiceList;
import com.hoopai.invoices.model.InvoiceSettings;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.ItemTax;
import com.hoopai.invoices.model.ItemType;
import com.hoopai.invoices.model.LateFeesConfiguration;
import com.hoopai.invoices.model.LateFeesFrequency;
import com.hoopai.invoices.model.LateFeesGrace;
import com.hoopai.invoices.model.LateFeesGraceInterval;
import com.hoopai.invoices.model.LateFeesInterval;
import com.hoopai.invoices.model.LateFeesMaxFees;
import com.hoopai.invoices.model.LateFeesMaxFeesType;
import com.hoopai.invoices.model.ListInvoicesParams;
import com.hoopai.invoices.model.LocationRef;
import com.hoopai.invoices.model.PaymentMode;
import com.hoopai.invoices.model.RecordPaymentRequest;
import com.hoopai.invoices.model.RecordPaymentResult;
import com.hoopai.invoices.model.RecurrenceInterval;
import com.hoopai.invoices.model.Reminder;
import com.hoopai.invoices.model.ReminderTiming;
import com.hoopai.invoices.model.SendInvoiceRequest;
import com.hoopai.invoices.model.SendInvoiceResult;
import com.hoopai.invoices.model.SortOrder;
import com.hoopai.invoices.model.TaxCalculation;
import com.hoopai.invoices.model.Text2PayRequest;
import com.hoopai.invoices.model.Text2PayResult;
import com.hoopai.invoices.model.UpdateInvoiceRequest;
import com.hoopai.invoices.model.UpdateLateFeesConfigurationRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of {@link InvoicesApi} over real HTTP: what the server saw, and what the caller got.
 * The requests and answers are the spec's examples; the last tests go through the location-bound view
 * and the auto-paging stream.
 */
class InvoicesApiTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  /** The invoice the spec's examples are about. */
  private static final String INVOICE_ID = "6578278e879ad2646715ba9c";

  @Test
  void createInvoicePostsTheBodyAndDecodesTheInvoice() throws Exception {
    hoopAi.enqueueExample("createInvoice");
    CreateInvoiceRequest body = SpecExamples.request("createInvoice", CreateInvoiceRequest.class);

    Invoice invoice = hoopAi.client().invoices().createInvoice(body);

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/invoices/");
    assertThat(request.getUrl().query()).isNull();
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("createInvoice").requestExample());
    assertThat(invoice.getId()).isNotBlank();
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(invoice.getInvoiceItems()).isNotEmpty();
    assertThat(invoice.getInvoiceItems().get(0).getAmount()).isInstanceOf(BigDecimal.class);
    assertThat(invoice.getContactDetails().getId()).isNotBlank();
  }

  @Test
  void listInvoicesSendsThePageAndTheFiltersAndDecodesTheEnvelope() throws Exception {
    hoopAi.enqueueExample("listInvoices");

    InvoiceList page = hoopAi.client().invoices().listInvoices(ListInvoicesParams.builder().altId(LOCATION)
        .limit(10).offset(0).status(InvoiceStatus.SENT).startAt(LocalDate.of(2026, 2, 1)).paymentMode(PaymentMode.LIVE)
        .sortOrder(SortOrder.DESCEND).build());

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/invoices/");
    assertLocationQuery(request);
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("10");
    assertThat(request.getUrl().queryParameter("offset")).isEqualTo("0");
    assertThat(request.getUrl().queryParameter("status")).isEqualTo("sent");
    assertThat(request.getUrl().queryParameter("startAt")).isEqualTo("2026-02-01");
    assertThat(request.getUrl().queryParameter("paymentMode")).isEqualTo("live");
    assertThat(request.getUrl().queryParameter("sortOrder")).isEqualTo("descend");
    assertThat(request.getUrl().querySize()).isEqualTo(8);

    assertThat(page.getTotal()).isEqualTo(2);
    assertThat(page.getInvoices()).extracting(Invoice::getId)
        .containsExactly(INVOICE_ID, "65a1c3f2e4b0a91d2c7f3e10");
    assertThat(page.getInvoices()).extracting(Invoice::getStatus)
        .containsExactly(InvoiceStatus.SENT, InvoiceStatus.PAID);
    Invoice paid = page.getInvoices().get(1);
    assertThat(paid.getAmountPaid()).isEqualByComparingTo("194.85");
    assertThat(paid.getAmountDue()).isEqualByComparingTo("0");
    assertThat(paid.getDiscount().getType()).isEqualTo(DiscountType.PERCENTAGE);
    assertThat(paid.getTotalSummary().getTax()).isEqualByComparingTo("14.85");
    assertThat(paid.getInvoiceItems().get(0).getTaxes().get(0).getTaxId()).isEqualTo("6578279b879ad2646715baa4");
    assertThat(paid.getIssueDate()).isEqualTo(LocalDate.of(2026, 2, 20));
  }

  @Test
  void getInvoiceAsksForOneInvoiceAndDecodesEveryPart() throws Exception {
    hoopAi.enqueueExample("getInvoice");

    Invoice invoice = hoopAi.client().invoices().getInvoice(INVOICE_ID, GetInvoiceParams.builder().altId(LOCATION).build());

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/invoices/" + INVOICE_ID);
    assertLocationQuery(request);
    assertThat(request.getUrl().querySize()).isEqualTo(2);

    assertThat(invoice.getId()).isEqualTo(INVOICE_ID);
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.SENT);
    assertThat(invoice.getAltType()).isEqualTo(AltType.LOCATION);
    assertThat(invoice.getBusinessDetails().getAddress().getAddressLine2()).isEqualTo("Suite 210");
    assertThat(invoice.getBusinessDetails().getCustomValues().get(0).getValue()).isEqualTo("84-1234567");
    assertThat(invoice.getContactDetails().getAdditionalEmails().get(0).getEmail())
        .isEqualTo("billing@morganbuilds.com");
    assertThat(invoice.getContactDetails().getAddress().getCity()).isEqualTo("Austin");
    assertThat(invoice.getSentTo().getEmailCc()).containsExactly("billing@morganbuilds.com");
    assertThat(invoice.getSentTo().getEmailBcc()).isEmpty();

    InvoiceItem installation = invoice.getInvoiceItems().get(0);
    assertThat(installation.getProductId()).isEqualTo("6579751d56f60276e5bd4154");
    assertThat(installation.getType()).isEqualTo(ItemType.ONE_TIME);
    assertThat(installation.getTaxInclusive()).isFalse();
    ItemTax tax = installation.getTaxes().get(0);
    assertThat(tax.getRate()).isEqualByComparingTo("8.25");
    assertThat(tax.getCalculation()).isEqualTo(TaxCalculation.EXCLUSIVE);

    assertThat(invoice.getTotalSummary().getSubTotal()).isEqualByComparingTo("1101");
    assertThat(invoice.getTotalSummary().getDiscount()).isEqualByComparingTo("50");
    assertThat(invoice.getTotalSummary().getTax()).isEqualByComparingTo("70.13");
    assertThat(invoice.getTotal()).isEqualByComparingTo("1121.13");

    Reminder reminder = invoice.getRemindersConfiguration().getReminderSettings().getReminders().get(0);
    assertThat(reminder.getReminderTime()).isEqualTo(ReminderTiming.BEFORE);
    assertThat(reminder.getIntervalType()).isEqualTo(RecurrenceInterval.DAILY);
    assertThat(reminder.getReminderNumber()).isEqualTo(3);

    LateFeesConfiguration lateFees = invoice.getLateFeesConfiguration();
    assertThat(lateFees.getType()).isEqualTo(DiscountType.PERCENTAGE);
    assertThat(lateFees.getFrequency().getInterval()).isEqualTo(LateFeesInterval.MONTH);
    assertThat(lateFees.getGrace().getIntervalCount()).isEqualTo(7);
    assertThat(lateFees.getMaxLateFees().getValue()).isEqualByComparingTo("100");
    assertThat(invoice.getTipsConfiguration().getTipsPercentage()).hasSize(3);
    assertThat(invoice.getAttachments().get(0).getSize()).isEqualTo(184320L);
    assertThat(invoice.getCreatedAt())
        .isEqualTo(OffsetDateTime.of(2026, 3, 1, 9, 27, 42, 355_000_000, ZoneOffset.UTC));
  }

  @Test
  void updateInvoicePutsTheBodyAndDecodesTheUpdatedInvoice() throws Exception {
    hoopAi.enqueueExample("updateInvoice");
    UpdateInvoiceRequest body = SpecExamples.request("updateInvoice", UpdateInvoiceRequest.class);

    Invoice invoice = hoopAi.client().invoices().updateInvoice(INVOICE_ID, body);

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/invoices/" + INVOICE_ID);
    assertThat(request.getUrl().query()).isNull();
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("updateInvoice").requestExample());

    assertThat(invoice.getId()).isEqualTo(INVOICE_ID);
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(invoice.getDueDate()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(invoice.getInvoiceItems()).extracting(InvoiceItem::getQty)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(BigDecimal.ONE, new BigDecimal("3"));
    assertThat(invoice.getTotal()).isEqualByComparingTo("1246.63");
    assertThat(invoice.getAttachments().get(0).getName()).isEqualTo("site-survey.pdf");
  }

  @Test
  void deleteInvoiceDeletesByIdAndDecodesTheDeletedInvoice() throws Exception {
    hoopAi.enqueueExample("deleteInvoice");

    Invoice deleted = hoopAi.client().invoices().deleteInvoice(INVOICE_ID, DeleteInvoiceParams.builder().altId(LOCATION).build());

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/invoices/" + INVOICE_ID);
    assertLocationQuery(request);
    assertThat(request.getUrl().querySize()).isEqualTo(2);

    assertThat(deleted.getId()).isEqualTo(INVOICE_ID);
    assertThat(deleted.getStatus()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(deleted.getInvoiceNumber()).isEqualTo("1042");
    assertThat(deleted.getAmountDue()).isEqualByComparingTo("1121.13");
  }

  @Test
  void sendInvoicePostsTheDeliveryChoiceAndDecodesTheResult() throws Exception {
    hoopAi.enqueueExample("sendInvoice");
    SendInvoiceRequest body = SpecExamples.request("sendInvoice", SendInvoiceRequest.class);

    SendInvoiceResult result = hoopAi.client().invoices().sendInvoice(INVOICE_ID, body);

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/invoices/" + INVOICE_ID + "/send");
    assertThat(request.getUrl().query()).isNull();
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("sendInvoice").requestExample());

    assertThat(result.getInvoice().getId()).isEqualTo(INVOICE_ID);
    assertThat(result.getInvoice().getStatus()).isEqualTo(InvoiceStatus.SENT);
    assertThat(result.getSmsData()).containsEntry("messageId", "Wq2rT5yU8iO1pA4sD7fG")
        .containsEntry("status", "queued");
    assertThat(result.getEmailData()).containsEntry("messageId", "Zx8cV5bN2mL4kJ7hG1fD");
  }

  @Test
  void voidInvoicePostsTheLocationAndDecodesTheVoidedInvoice() throws Exception {
    hoopAi.enqueueExample("voidInvoice");
    LocationRef body = SpecExamples.request("voidInvoice", LocationRef.class);

    Invoice voided = hoopAi.client().invoices().voidInvoice(INVOICE_ID, body);

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/invoices/" + INVOICE_ID + "/void");
    assertThat(request.getUrl().query()).isNull();
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("voidInvoice").requestExample());

    assertThat(voided.getId()).isEqualTo(INVOICE_ID);
    assertThat(voided.getStatus()).isEqualTo(InvoiceStatus.VOID);
    assertThat(voided.getUpdatedAt())
        .isEqualTo(OffsetDateTime.of(2026, 3, 5, 16, 12, 48, 907_000_000, ZoneOffset.UTC));
  }

  @Test
  void recordInvoicePaymentPostsThePaymentAndDecodesThePartiallyPaidInvoice() throws Exception {
    hoopAi.enqueueExample("recordInvoicePayment");
    RecordPaymentRequest body = SpecExamples.request("recordInvoicePayment", RecordPaymentRequest.class);

    RecordPaymentResult result = hoopAi.client().invoices().recordInvoicePayment(INVOICE_ID, body);

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/invoices/" + INVOICE_ID + "/record-payment");
    assertThat(request.getUrl().query()).isNull();
    // Exactly the example, fulfilledAt included: timestamps go out as UTC with milliseconds.
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("recordInvoicePayment").requestExample());

    assertThat(result.getSuccess()).isTrue();
    Invoice invoice = result.getInvoice();
    assertThat(invoice.getId()).isEqualTo(INVOICE_ID);
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    assertThat(invoice.getAmountPaid()).isEqualByComparingTo("500");
    assertThat(invoice.getAmountDue()).isEqualByComparingTo("621.13");
  }

  @Test
  void updateInvoiceLateFeesConfigurationPatchesTheRulesAndDecodesTheInvoice() throws Exception {
    hoopAi.enqueueExample("updateInvoiceLateFeesConfiguration");
    UpdateLateFeesConfigurationRequest body = SpecExamples.request("updateInvoiceLateFeesConfiguration",
        UpdateLateFeesConfigurationRequest.class);

    Invoice invoice = hoopAi.client().invoices().updateInvoiceLateFeesConfiguration(INVOICE_ID, body);

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/invoices/" + INVOICE_ID + "/late-fees-configuration");
    assertThat(request.getUrl().query()).isNull();
    assertThat(bodyOf(request))
        .isEqualTo(SpecExamples.operation("updateInvoiceLateFeesConfiguration").requestExample());

    assertThat(invoice.getId()).isEqualTo(INVOICE_ID);
    LateFeesConfiguration lateFees = invoice.getLateFeesConfiguration();
    assertThat(lateFees.getEnable()).isTrue();
    assertThat(lateFees.getType()).isEqualTo(DiscountType.FIXED);
    assertThat(lateFees.getValue()).isEqualByComparingTo("25");
    assertThat(lateFees.getFrequency().getInterval()).isEqualTo(LateFeesInterval.WEEK);
    assertThat(lateFees.getGrace().getInterval()).isEqualTo(LateFeesGraceInterval.DAY);
    assertThat(lateFees.getGrace().getIntervalCount()).isEqualTo(3);
    assertThat(lateFees.getMaxLateFees().getType()).isEqualTo(LateFeesMaxFeesType.FIXED);
    assertThat(lateFees.getMaxLateFees().getValue()).isEqualByComparingTo("75");
  }

  @Test
  void generateInvoiceNumberAsksForTheNextNumberAndDecodesIt() throws Exception {
    hoopAi.enqueueExample("generateInvoiceNumber");

    GeneratedInvoiceNumber generated = hoopAi.client().invoices().generateInvoiceNumber(GenerateInvoiceNumberParams.builder().altId(LOCATION).build());

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/invoices/generate-invoice-number");
    assertLocationQuery(request);
    assertThat(request.getUrl().querySize()).isEqualTo(2);
    assertThat(generated.getInvoiceNumber()).isEqualTo("1043");
  }

  @Test
  void getInvoiceSettingsAsksForTheLocationDefaultsAndDecodesThem() throws Exception {
    hoopAi.enqueueExample("getInvoiceSettings");

    InvoiceSettings settings = hoopAi.client().invoices().getInvoiceSettings(GetInvoiceSettingsParams.builder().altId(LOCATION).build());

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/invoices/settings");
    assertLocationQuery(request);
    assertThat(request.getUrl().querySize()).isEqualTo(2);

    assertThat(settings.getAltId()).isEqualTo(LOCATION);
    assertThat(settings.getAltType()).isEqualTo(AltType.LOCATION);
    assertThat(settings.getInvoiceNumberPrefix()).isEqualTo("INV-");
    assertThat(settings.getEstimateNumberPrefix()).isEqualTo("EST-");
    assertThat(settings.getDueAfterXDays()).isEqualTo(14);
    assertThat(settings.getEstimatesExpireAfterXDays()).isEqualTo(30);
    assertThat(settings.getMinimumPercentagePartialPayment()).isEqualByComparingTo("25");
    assertThat(settings.getCustomFields()).containsExactly("PO Number", "Job Site");
    assertThat(settings.getCustomNotification().getCustomerSendInvoice().getFromEmail())
        .isEqualTo("billing@northwindplumbing.com");
    assertThat(settings.getCustomNotification().getTeamAutoPaymentSkip().getEnabled()).isFalse();
    assertThat(settings.getBusinessDetails().getWebsite()).isEqualTo("https://northwindplumbing.com");
    assertThat(settings.getSenderConfiguration().getFromName()).isEqualTo("Northwind Plumbing");
    assertThat(settings.getProductSettings().getEnableImportProductDescription()).isTrue();
    assertThat(settings.getReminderSettings().getReminders()).hasSize(1);
    assertThat(settings.getLateFeesConfiguration().getValue()).isEqualByComparingTo("5");
    assertThat(settings.getTipsConfiguration().getTipsPercentage())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("15"));
    assertThat(settings.getPaymentMethods().getStripe().getEnableBankDebitOnly()).isFalse();
  }

  @Test
  void updateInvoiceLastVisitedAtPatchesTheInvoiceIdAndReturns() throws Exception {
    hoopAi.enqueueExample("updateInvoiceLastVisitedAt");
    InvoiceLastVisitedRequest body =
        SpecExamples.request("updateInvoiceLastVisitedAt", InvoiceLastVisitedRequest.class);

    hoopAi.client().invoices().updateInvoiceLastVisitedAt(body);

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/invoices/stats/last-visited-at");
    assertThat(request.getUrl().query()).isNull();
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("updateInvoiceLastVisitedAt").requestExample());
  }

  @Test
  void text2PayInvoicePostsTheInvoiceAndDecodesThePaymentLink() throws Exception {
    hoopAi.enqueueExample("text2PayInvoice");
    Text2PayRequest body = SpecExamples.request("text2PayInvoice", Text2PayRequest.class);

    Text2PayResult result = hoopAi.client().invoices().text2PayInvoice(body);

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/invoices/text2pay");
    assertThat(request.getUrl().query()).isNull();
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("text2PayInvoice").requestExample());

    assertThat(result.getInvoiceUrl())
        .isEqualTo("https://link.northwindplumbing.com/invoice/65b7e0a4c2d91f3a8e4b6c21");
    Invoice invoice = result.getInvoice();
    assertThat(invoice.getId()).isEqualTo("65b7e0a4c2d91f3a8e4b6c21");
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.SENT);
    assertThat(invoice.getInvoiceNumber()).isEqualTo("1043");
    assertThat(invoice.getTotal()).isEqualByComparingTo("240");
    assertThat(invoice.getInvoiceItems()).singleElement()
        .extracting(InvoiceItem::getName).isEqualTo("Drain unblocking");
  }

  @Test
  void locationViewPutsItsLocationInTheQuery() throws Exception {
    hoopAi.enqueueExample("getInvoice");

    Invoice invoice = hoopAi.client().forLocation(LOCATION).invoices().getInvoice(INVOICE_ID);

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/invoices/" + INVOICE_ID);
    assertLocationQuery(request);
    assertThat(request.getUrl().querySize()).isEqualTo(2);
    assertThat(invoice.getId()).isEqualTo(INVOICE_ID);
    assertThat(invoice.getAltId()).isEqualTo(LOCATION);
  }

  @Test
  void locationViewFillsItsLocationIntoTheBody() throws Exception {
    hoopAi.enqueueExample("sendInvoice");
    SendInvoiceRequest body = SpecExamples.requestWithoutAltId("sendInvoice", SendInvoiceRequest.class);

    SendInvoiceResult result = hoopAi.client().forLocation(LOCATION).invoices().sendInvoice(INVOICE_ID, body);

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/invoices/" + INVOICE_ID + "/send");
    assertThat(request.getUrl().query()).isNull();
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("sendInvoice").requestExample());
    assertThat(result.getInvoice().getStatus()).isEqualTo(InvoiceStatus.SENT);
  }

  @Test
  void listInvoicesAutoPagingFetchesPageAfterPageUntilTheTotal() throws Exception {
    hoopAi.enqueueJson(200, page(5, "inv-1", "inv-2"));
    hoopAi.enqueueJson(200, page(5, "inv-3", "inv-4"));
    hoopAi.enqueueJson(200, page(5, "inv-5"));

    List<Invoice> invoices = hoopAi.client().invoices()
        .listInvoicesAutoPaging(ListInvoicesParams.builder().altId(LOCATION).status(InvoiceStatus.PAID).limit(2).build())
        .toList();

    assertThat(invoices).extracting(Invoice::getId).containsExactly("inv-1", "inv-2", "inv-3", "inv-4", "inv-5");
    assertThat(invoices).extracting(Invoice::getStatus).containsOnly(InvoiceStatus.PAID);
    assertThat(hoopAi.requestCount()).isEqualTo(3);
    for (int offset = 0; offset <= 4; offset += 2) {
      RecordedRequest request = hoopAi.takeRequest();
      assertThat(request.getUrl().encodedPath()).isEqualTo("/invoices/");
      assertLocationQuery(request);
      assertThat(request.getUrl().queryParameter("status")).isEqualTo("paid");
      assertThat(request.getUrl().queryParameter("limit")).isEqualTo("2");
      assertThat(request.getUrl().queryParameter("offset")).isEqualTo(String.valueOf(offset));
      assertThat(request.getUrl().querySize()).isEqualTo(5);
    }
  }

  /** A page of the invoice list: paid invoices with these ids, out of {@code total}. */
  private static String page(int total, String... ids) {
    StringBuilder items = new StringBuilder();
    for (String id : ids) {
      items.append(items.isEmpty() ? "" : ",").append("{\"_id\":\"").append(id).append("\",\"status\":\"paid\"}");
    }
    return "{\"invoices\":[" + items + "],\"total\":" + total + "}";
  }
}
