package com.hoopai.invoices.api;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static com.hoopai.invoices.client.support.HoopAiMock.assertQuery;
import static com.hoopai.invoices.client.support.HoopAiMock.assertRequestLine;
import static com.hoopai.invoices.client.support.HoopAiMock.bodyOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.AltType;
import com.hoopai.invoices.model.AutoPaymentDetails;
import com.hoopai.invoices.model.AutoPaymentScheduleRequest;
import com.hoopai.invoices.model.CreateInvoiceScheduleRequest;
import com.hoopai.invoices.model.DeleteInvoiceScheduleParams;
import com.hoopai.invoices.model.DeleteResult;
import com.hoopai.invoices.model.DiscountType;
import com.hoopai.invoices.model.GetInvoiceScheduleParams;
import com.hoopai.invoices.model.InvoiceItem;
import com.hoopai.invoices.model.InvoiceSchedule;
import com.hoopai.invoices.model.InvoiceScheduleList;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.ItemType;
import com.hoopai.invoices.model.ListInvoiceSchedulesParams;
import com.hoopai.invoices.model.LocationRef;
import com.hoopai.invoices.model.PaymentMode;
import com.hoopai.invoices.model.RecurrenceInterval;
import com.hoopai.invoices.model.RecurrenceRule;
import com.hoopai.invoices.model.ScheduleInvoiceScheduleRequest;
import com.hoopai.invoices.model.UpdateInvoiceScheduleRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of {@link InvoiceSchedulesApi} over real HTTP: what the server saw (method, path, query,
 * body) and what the caller got back. Also the location-bound view {@link InvoiceSchedulesLocationApi} and
 * auto-paging over the {@code {schedules, total}} envelope.
 */
class InvoiceSchedulesApiTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  /** The schedule the spec's examples are about. */
  private static final String SCHEDULE_ID = "65c3d5e7f9a1b2c3d4e5f607";

  @Test
  void createInvoiceSchedulePostsTheBodyAndDecodesTheDraftSchedule() throws Exception {
    hoopAi.enqueueExample("createInvoiceSchedule");
    CreateInvoiceScheduleRequest body =
        SpecExamples.request("createInvoiceSchedule", CreateInvoiceScheduleRequest.class);

    InvoiceSchedule schedule = hoopAi.client().invoiceSchedules().createInvoiceSchedule(body);

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "POST", "/invoices/schedule");
    assertThat(request.getUrl().querySize()).isZero();
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("createInvoiceSchedule").requestExample());
    assertMorganLogisticsSchedule(schedule);
    assertThat(schedule.getStatus()).isEqualTo("draft");
    assertThat(schedule.getInvoices()).isEmpty();
    assertThat(schedule.getItems().get(0).getAmount()).isEqualByComparingTo("400");
    assertThat(schedule.getTotal()).isEqualByComparingTo("482.99");
    assertThat(schedule.getAutoPayment()).isNull();
    assertThat(schedule.getAttachments()).singleElement().satisfies(attachment -> {
      assertThat(attachment.getName()).isEqualTo("service-agreement.pdf");
      assertThat(attachment.getType()).isEqualTo("application/pdf");
      assertThat(attachment.getSize()).isEqualTo(184320L);
    });
    assertThat(schedule.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-02-12T16:20:31.642Z"));
  }

  @Test
  void listInvoiceSchedulesSendsPagingAndFiltersAndDecodesTheSchedulesEnvelope() throws Exception {
    hoopAi.enqueueExample("listInvoiceSchedules");

    InvoiceScheduleList page = hoopAi.client().invoiceSchedules().listInvoiceSchedules(
        ListInvoiceSchedulesParams.builder().altId(LOCATION).limit(20).offset(40).status("active")
            .search("Morgan Logistics").paymentMode(PaymentMode.LIVE).build());

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "GET", "/invoices/schedule");
    assertQuery(request, "altType", "location", "altId", LOCATION, "limit", "20", "offset", "40",
        "status", "active", "search", "Morgan Logistics", "paymentMode", "live");
    assertThat(page.getTotal()).isEqualTo(1);
    assertThat(page.getSchedules()).singleElement().satisfies(schedule -> {
      assertMorganLogisticsSchedule(schedule);
      assertThat(schedule.getStatus()).isEqualTo("active");
      assertThat(schedule.getTotal()).isEqualByComparingTo("526.29");
      assertThat(schedule.getAutoPayment().getType()).isEqualTo("us_bank_account");
      assertThat(schedule.getAutoPayment().getUsBankAccount().getBankName()).isEqualTo("JPMorgan Chase");
    });
  }

  @Test
  void getInvoiceScheduleSendsTheLocationInTheQueryAndDecodesTheIssuedInvoices() throws Exception {
    hoopAi.enqueueExample("getInvoiceSchedule");

    InvoiceSchedule schedule = hoopAi.client().invoiceSchedules().getInvoiceSchedule(SCHEDULE_ID, GetInvoiceScheduleParams.builder().altId(LOCATION).build());

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "GET", "/invoices/schedule/" + SCHEDULE_ID);
    assertQuery(request, "altType", "location", "altId", LOCATION);
    assertMorganLogisticsSchedule(schedule);
    assertThat(schedule.getStatus()).isEqualTo("active");
    assertThat(schedule.getInvoices()).singleElement().satisfies(invoice -> {
      assertThat(invoice.getId()).isEqualTo("65e1a2b3c4d5e6f708192a3b");
      assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.SENT);
      assertThat(invoice.getInvoiceNumber()).isEqualTo("1001");
      assertThat(invoice.getIssueDate()).isEqualTo(LocalDate.of(2026, 3, 1));
      assertThat(invoice.getDueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
      assertThat(invoice.getAmountDue()).isEqualByComparingTo("526.29");
      assertThat(invoice.getAmountPaid()).isEqualByComparingTo("0");
      assertThat(invoice.getInvoiceItems()).hasSize(2);
      assertThat(invoice.getTotalSummary().getSubTotal()).isEqualByComparingTo("489.99");
      assertThat(invoice.getTotalSummary().getTax()).isEqualByComparingTo("36.3");
      assertThat(invoice.getSentTo().getEmailCc()).containsExactly("ap@morganlogistics.example");
    });
  }

  @Test
  void updateInvoiceSchedulePutsTheBodyAndDecodesTheUpdatedSchedule() throws Exception {
    hoopAi.enqueueExample("updateInvoiceSchedule");
    UpdateInvoiceScheduleRequest body =
        SpecExamples.request("updateInvoiceSchedule", UpdateInvoiceScheduleRequest.class);

    InvoiceSchedule schedule = hoopAi.client().invoiceSchedules().updateInvoiceSchedule(SCHEDULE_ID, body);

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "PUT", "/invoices/schedule/" + SCHEDULE_ID);
    assertThat(request.getUrl().querySize()).isZero();
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("updateInvoiceSchedule").requestExample());
    assertMorganLogisticsSchedule(schedule);
    assertThat(schedule.getStatus()).isEqualTo("draft");
    assertThat(schedule.getItems().get(0).getAmount()).isEqualByComparingTo("440");
    assertThat(schedule.getTotal()).isEqualByComparingTo("526.29");
    assertThat(schedule.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2026-02-13T08:47:19.015Z"));
  }

  @Test
  void deleteInvoiceScheduleSendsTheLocationInTheQueryAndDecodesTheResult() throws Exception {
    hoopAi.enqueueExample("deleteInvoiceSchedule");

    DeleteResult result = hoopAi.client().invoiceSchedules().deleteInvoiceSchedule(SCHEDULE_ID, DeleteInvoiceScheduleParams.builder().altId(LOCATION).build());

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "DELETE", "/invoices/schedule/" + SCHEDULE_ID);
    assertQuery(request, "altType", "location", "altId", LOCATION);
    assertThat(request.getBodySize()).isZero();
    assertThat(result.getSuccess()).isTrue();
  }

  @Test
  void scheduleInvoiceSchedulePostsTheModeAndAutoPaymentAndDecodesTheActiveSchedule() throws Exception {
    hoopAi.enqueueExample("scheduleInvoiceSchedule");
    ScheduleInvoiceScheduleRequest body =
        SpecExamples.request("scheduleInvoiceSchedule", ScheduleInvoiceScheduleRequest.class);

    InvoiceSchedule schedule = hoopAi.client().invoiceSchedules().scheduleInvoiceSchedule(SCHEDULE_ID, body);

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "POST", "/invoices/schedule/" + SCHEDULE_ID + "/schedule");
    assertThat(request.getUrl().querySize()).isZero();
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("scheduleInvoiceSchedule").requestExample());
    assertMorganLogisticsSchedule(schedule);
    assertThat(schedule.getStatus()).isEqualTo("active");
    AutoPaymentDetails autoPayment = schedule.getAutoPayment();
    assertThat(autoPayment.getEnable()).isTrue();
    assertThat(autoPayment.getType()).isEqualTo("card");
    assertThat(autoPayment.getPaymentMethodId()).isEqualTo("pm_1OqXk2LkdIwHu7ix9RbT3yZa");
    assertThat(autoPayment.getCustomerId()).isEqualTo("cus_PfT7a1bC2dE3fG");
    assertThat(autoPayment.getCard().getBrand()).isEqualTo("visa");
    assertThat(autoPayment.getCard().getLast4()).isEqualTo("4242");
    assertThat(schedule.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2026-02-13T09:02:44.581Z"));
  }

  @Test
  void updateAndScheduleInvoiceSchedulePostsNoBodyAndDecodesTheSchedule() throws Exception {
    hoopAi.enqueueExample("updateAndScheduleInvoiceSchedule");

    InvoiceSchedule schedule = hoopAi.client().invoiceSchedules().updateAndScheduleInvoiceSchedule(SCHEDULE_ID);

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "POST", "/invoices/schedule/" + SCHEDULE_ID + "/updateAndSchedule");
    assertThat(request.getUrl().querySize()).isZero();
    assertThat(request.getBodySize()).isZero();
    assertThat(request.getBody() == null ? "" : request.getBody().utf8()).isEmpty();
    assertMorganLogisticsSchedule(schedule);
    assertThat(schedule.getStatus()).isEqualTo("active");
    assertThat(schedule.getAutoPayment().getCard().getLast4()).isEqualTo("4242");
    assertThat(schedule.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2026-02-14T14:10:37.926Z"));
  }

  @Test
  void setInvoiceScheduleAutoPaymentPostsTheBankAccountAndDecodesTheSchedule() throws Exception {
    hoopAi.enqueueExample("setInvoiceScheduleAutoPayment");
    AutoPaymentScheduleRequest body =
        SpecExamples.request("setInvoiceScheduleAutoPayment", AutoPaymentScheduleRequest.class);
    assertThat(body.getId()).isEqualTo(SCHEDULE_ID);

    InvoiceSchedule schedule = hoopAi.client().invoiceSchedules().setInvoiceScheduleAutoPayment(SCHEDULE_ID, body);

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "POST", "/invoices/schedule/" + SCHEDULE_ID + "/auto-payment");
    assertThat(request.getUrl().querySize()).isZero();
    assertThat(bodyOf(request))
        .isEqualTo(SpecExamples.operation("setInvoiceScheduleAutoPayment").requestExample());
    assertMorganLogisticsSchedule(schedule);
    AutoPaymentDetails autoPayment = schedule.getAutoPayment();
    assertThat(autoPayment.getEnable()).isTrue();
    assertThat(autoPayment.getType()).isEqualTo("us_bank_account");
    assertThat(autoPayment.getPaymentMethodId()).isEqualTo("pm_1OrB7vLkdIwHu7ixQw2mN8Kd");
    assertThat(autoPayment.getUsBankAccount().getBankName()).isEqualTo("JPMorgan Chase");
    assertThat(autoPayment.getUsBankAccount().getLast4()).isEqualTo("6789");
    assertThat(autoPayment.getCard()).isNull();
    assertThat(schedule.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2026-02-15T10:31:12.402Z"));
  }

  @Test
  void cancelInvoiceSchedulePostsTheLocationAndDecodesTheCancelledSchedule() throws Exception {
    hoopAi.enqueueExample("cancelInvoiceSchedule");
    LocationRef body = SpecExamples.request("cancelInvoiceSchedule", LocationRef.class);

    InvoiceSchedule schedule = hoopAi.client().invoiceSchedules().cancelInvoiceSchedule(SCHEDULE_ID, body);

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "POST", "/invoices/schedule/" + SCHEDULE_ID + "/cancel");
    assertThat(request.getUrl().querySize()).isZero();
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("cancelInvoiceSchedule").requestExample());
    assertMorganLogisticsSchedule(schedule);
    assertThat(schedule.getStatus()).isEqualTo("cancelled");
    assertThat(schedule.getInvoices()).singleElement().satisfies(invoice -> {
      assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);
      assertThat(invoice.getAmountPaid()).isEqualByComparingTo("526.29");
      assertThat(invoice.getAmountDue()).isEqualByComparingTo("0");
    });
    assertThat(schedule.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-20T17:55:08.664Z"));
  }

  @Test
  void locationViewListsSchedulesWithItsLocationInTheQuery() throws Exception {
    hoopAi.enqueueExample("listInvoiceSchedules");

    InvoiceScheduleList page = hoopAi.client().forLocation(LOCATION).invoiceSchedules()
        .listInvoiceSchedules(ListInvoiceSchedulesParams.builder().limit(10).offset(0).build());

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "GET", "/invoices/schedule");
    assertQuery(request, "altType", "location", "altId", LOCATION, "limit", "10", "offset", "0");
    assertThat(page.getTotal()).isEqualTo(1);
    assertThat(page.getSchedules()).extracting(InvoiceSchedule::getId).containsExactly(SCHEDULE_ID);
  }

  @Test
  void locationViewFillsItsLocationIntoTheCancelBody() throws Exception {
    hoopAi.enqueueExample("cancelInvoiceSchedule");
    InvoiceSchedule schedule = hoopAi.client().forLocation(LOCATION).invoiceSchedules().cancelInvoiceSchedule(SCHEDULE_ID);

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "POST", "/invoices/schedule/" + SCHEDULE_ID + "/cancel");
    assertThat(request.getUrl().querySize()).isZero();
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("cancelInvoiceSchedule").requestExample());
    assertThat(schedule.getId()).isEqualTo(SCHEDULE_ID);
    assertThat(schedule.getStatus()).isEqualTo("cancelled");
  }

  @Test
  void listInvoiceSchedulesAutoPagingFollowsTheTotalAcrossPages() throws Exception {
    hoopAi.enqueueJson(200, "{\"schedules\": [" + scheduleJson("s1") + ", " + scheduleJson("s2") + ", "
        + scheduleJson("s3") + "], \"total\": 5}");
    hoopAi.enqueueJson(200, "{\"schedules\": [" + scheduleJson("s4") + ", " + scheduleJson("s5") + "], \"total\": 5}");

    List<InvoiceSchedule> schedules = hoopAi.client().invoiceSchedules()
        .listInvoiceSchedulesAutoPaging(ListInvoiceSchedulesParams.builder().altId(LOCATION).status("active")
            .paymentMode(PaymentMode.TEST).limit(3).build())
        .toList();

    assertThat(schedules).extracting(InvoiceSchedule::getId).containsExactly("s1", "s2", "s3", "s4", "s5");
    assertThat(schedules).extracting(InvoiceSchedule::getName)
        .containsExactly("Schedule s1", "Schedule s2", "Schedule s3", "Schedule s4", "Schedule s5");
    assertThat(hoopAi.requestCount()).isEqualTo(2);
    for (int offset = 0; offset <= 3; offset += 3) {
      RecordedRequest request = hoopAi.takeRequest();
      assertRequestLine(request, "GET", "/invoices/schedule");
      assertQuery(request, "altType", "location", "altId", LOCATION, "limit", "3", "offset",
          String.valueOf(offset), "status", "active", "paymentMode", "test");
    }
  }

  /** The content every example of the Morgan Logistics schedule shares. */
  private static void assertMorganLogisticsSchedule(InvoiceSchedule schedule) {
    assertThat(schedule.getId()).isEqualTo(SCHEDULE_ID);
    assertThat(schedule.getAltId()).isEqualTo(LOCATION);
    assertThat(schedule.getAltType()).isEqualTo(AltType.LOCATION);
    assertThat(schedule.getName()).isEqualTo("Morgan Logistics - monthly website care");
    assertThat(schedule.getLiveMode()).isTrue();
    assertThat(schedule.getCurrency()).isEqualTo("USD");
    RecurrenceRule rule = schedule.getSchedule().getRrule();
    assertThat(rule.getIntervalType()).isEqualTo(RecurrenceInterval.MONTHLY);
    assertThat(rule.getInterval()).isEqualTo(1);
    assertThat(rule.getStartDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(rule.getStartTime()).isEqualTo("09:00:00");
    assertThat(rule.getDayOfMonth()).isEqualTo(1);
    assertThat(rule.getEndType()).isEqualTo("after");
    assertThat(rule.getCount()).isEqualTo(12);
    assertThat(schedule.getContactDetails().getId()).isEqualTo("AmuzcoPBpgKeccNsFlib");
    assertThat(schedule.getContactDetails().getCompanyName()).isEqualTo("Morgan Logistics LLC");
    assertThat(schedule.getContactDetails().getAdditionalEmails()).singleElement()
        .satisfies(email -> assertThat(email.getEmail()).isEqualTo("ap@morganlogistics.example"));
    assertThat(schedule.getContactDetails().getAddress().getAddressLine1()).isEqualTo("1200 Smith St, Floor 14");
    assertThat(schedule.getBusinessDetails().getName()).isEqualTo("Northwind Web Studio");
    assertThat(schedule.getDiscount().getType()).isEqualTo(DiscountType.PERCENTAGE);
    assertThat(schedule.getItems()).extracting(InvoiceItem::getId)
        .containsExactly("65b2c4d6e8f0a1b2c3d4e601", "65b2c4d6e8f0a1b2c3d4e602");
    assertThat(schedule.getItems()).extracting(InvoiceItem::getType)
        .containsOnly(ItemType.RECURRING);
    assertThat(schedule.getItems().get(1).getAmount()).isEqualByComparingTo("49.99");
    assertThat(schedule.getPaymentMethods().getStripe().getEnableBankDebitOnly()).isFalse();
  }

  /** A minimal schedule as one item of a list page. */
  private static String scheduleJson(String id) {
    return "{\"_id\": \"" + id + "\", \"status\": \"active\", \"altId\": \"" + LOCATION + "\", "
        + "\"altType\": \"location\", \"name\": \"Schedule " + id + "\"}";
  }
}
