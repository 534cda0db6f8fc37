package com.hoopai.invoices.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.client.errors.BadRequestException;
import com.hoopai.invoices.client.errors.UnprocessableEntityException;
import com.hoopai.invoices.model.AutoPaymentDetails;
import com.hoopai.invoices.model.AutoPaymentScheduleRequest;
import com.hoopai.invoices.model.Card;
import com.hoopai.invoices.model.CreateInvoiceFromEstimateRequest;
import com.hoopai.invoices.model.DiscountType;
import com.hoopai.invoices.model.Estimate;
import com.hoopai.invoices.model.EstimateLastVisitedRequest;
import com.hoopai.invoices.model.EstimateStatus;
import com.hoopai.invoices.model.EstimateTemplate;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceLastVisitedRequest;
import com.hoopai.invoices.model.InvoiceSchedule;
import com.hoopai.invoices.model.InvoiceSortField;
import com.hoopai.invoices.model.InvoiceTemplate;
import com.hoopai.invoices.model.LateFeesConfiguration;
import com.hoopai.invoices.model.LateFeesFrequency;
import com.hoopai.invoices.model.LateFeesInterval;
import com.hoopai.invoices.model.ListEstimateTemplatesParams;
import com.hoopai.invoices.model.ListEstimatesParams;
import com.hoopai.invoices.model.ListInvoiceSchedulesParams;
import com.hoopai.invoices.model.ListInvoiceTemplatesParams;
import com.hoopai.invoices.model.ListInvoicesParams;
import com.hoopai.invoices.model.PaymentMethods;
import com.hoopai.invoices.model.PreviewEstimateTemplateParams;
import com.hoopai.invoices.model.ScheduleInvoiceScheduleRequest;
import com.hoopai.invoices.model.SentTo;
import com.hoopai.invoices.model.SortOrder;
import com.hoopai.invoices.model.StripePaymentMethod;
import com.hoopai.invoices.model.Text2PayAction;
import com.hoopai.invoices.model.Text2PayRequest;
import com.hoopai.invoices.model.UpdateEstimateRequest;
import com.hoopai.invoices.model.UpdateInvoiceRequest;
import com.hoopai.invoices.model.UpdateInvoiceScheduleRequest;
import com.hoopai.invoices.model.UpdateInvoiceTemplateRequest;
import com.hoopai.invoices.model.UpdateLateFeesConfigurationRequest;
import com.hoopai.invoices.model.UpdatePaymentMethodsConfigurationRequest;
import com.hoopai.invoices.sandbox.server.internal.SpecResponses;
import com.hoopai.invoices.sandbox.support.RawHttp;
import com.hoopai.invoices.sandbox.support.Requests;
import java.math.BigDecimal;
import java.time.LocalDate;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Calls all 42 operations through the SDK's client and checks every answer against the spec. */
class EveryOperationConformsToTheSpecTest {

  private static HoopAiSandbox sandbox;
  private static SpecResponses spec;
  private static InvoicesClient client;

  @BeforeAll
  static void start() {
    sandbox = HoopAiSandbox.start();
    spec = new SpecResponses();
    client = sandbox.clientBuilder().httpClient(new OkHttpClient.Builder().addNetworkInterceptor(spec).build())
        .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    sandbox.close();
  }

  @Test
  void allFortyTwoOperationsAnswerWhatTheSpecDescribes() {
    LocationClient hoopai = client.forLocation(sandbox.locationId());

    // Invoices (13 with text2pay)
    String number = hoopai.invoices().generateInvoiceNumber().getInvoiceNumber();
    Invoice draft = hoopai.invoices().createInvoice(Requests.invoice());
    assertThat(draft.getInvoiceNumber()).isEqualTo(number);
    hoopai.invoices().getInvoice(draft.getId());
    hoopai.invoices().updateInvoice(draft.getId(), new UpdateInvoiceRequest().name("Renamed").currency("USD")
        .addInvoiceItemsItem(Requests.heater()));
    hoopai.invoices().updateInvoiceLateFeesConfiguration(draft.getId(), new UpdateLateFeesConfigurationRequest()
        .lateFeesConfiguration(lateFees()));
    hoopai.invoices().sendInvoice(draft.getId(), Requests.send());
    hoopai.invoices().recordInvoicePayment(draft.getId(), Requests.payment("100"));
    hoopai.invoices().voidInvoice(draft.getId());
    Invoice toDelete = hoopai.invoices().createInvoice(Requests.invoice());
    hoopai.invoices().deleteInvoice(toDelete.getId());
    hoopai.invoices().listInvoices(ListInvoicesParams.builder().limit(10)
        .sortField(InvoiceSortField.ISSUE_DATE).sortOrder(SortOrder.DESCEND).build());
    hoopai.invoices().getInvoiceSettings();
    hoopai.invoices().updateInvoiceLastVisitedAt(new InvoiceLastVisitedRequest().invoiceId(draft.getId()));
    hoopai.invoices().text2PayInvoice(new Text2PayRequest().action(Text2PayAction.SEND).userId("user-1")
        .name("Quick fix").currency("USD").addItemsItem(Requests.serviceCall()).contactDetails(Requests.contact())
        .issueDate(Requests.ISSUED).sentTo(new SentTo().addEmailItem("alex.morgan@example.com")).liveMode(true));

    // Invoice templates (7)
    InvoiceTemplate template = hoopai.invoiceTemplates().createInvoiceTemplate(Requests.template());
    hoopai.invoiceTemplates().getInvoiceTemplate(template.getId());
    hoopai.invoiceTemplates().listInvoiceTemplates(ListInvoiceTemplatesParams.builder().limit(10).build());
    hoopai.invoiceTemplates().updateInvoiceTemplate(template.getId(), new UpdateInvoiceTemplateRequest()
        .name("Monthly maintenance v2").businessDetails(Requests.business()).currency("USD")
        .addItemsItem(Requests.heater()));
    hoopai.invoiceTemplates().updateInvoiceTemplateLateFeesConfiguration(template.getId(),
        new UpdateLateFeesConfigurationRequest().lateFeesConfiguration(lateFees()));
    hoopai.invoiceTemplates().updateInvoiceTemplatePaymentMethodsConfiguration(template.getId(),
        new UpdatePaymentMethodsConfigurationRequest().paymentMethods(new PaymentMethods()
            .stripe(new StripePaymentMethod().enableBankDebitOnly(true))));
    hoopai.invoiceTemplates().deleteInvoiceTemplate(template.getId());

    // Schedules (9)
    InvoiceSchedule schedule = hoopai.invoiceSchedules().createInvoiceSchedule(Requests.schedule(LocalDate.now()));
    hoopai.invoiceSchedules().getInvoiceSchedule(schedule.getId());
    hoopai.invoiceSchedules().listInvoiceSchedules(ListInvoiceSchedulesParams.builder().limit(10).build());
    hoopai.invoiceSchedules().updateInvoiceSchedule(schedule.getId(), new UpdateInvoiceScheduleRequest()
        .name("Monthly maintenance").contactDetails(Requests.contact()).schedule(schedule.getSchedule())
        .liveMode(true).businessDetails(Requests.business()).currency("USD").addItemsItem(Requests.serviceCall())
        .discount(schedule.getDiscount()));
    hoopai.invoiceSchedules().scheduleInvoiceSchedule(schedule.getId(),
        new ScheduleInvoiceScheduleRequest().liveMode(true));
    hoopai.invoiceSchedules().updateAndScheduleInvoiceSchedule(schedule.getId());
    hoopai.invoiceSchedules().setInvoiceScheduleAutoPayment(schedule.getId(), new AutoPaymentScheduleRequest()
        .id(schedule.getId()).autoPayment(new AutoPaymentDetails().enable(true)
            .card(new Card().brand("visa").last4("4242"))));
    hoopai.invoiceSchedules().cancelInvoiceSchedule(schedule.getId());
    hoopai.invoiceSchedules().deleteInvoiceSchedule(schedule.getId());

    // Estimates (8)
    hoopai.estimates().generateEstimateNumber();
    Estimate estimate = hoopai.estimates().createEstimate(Requests.estimate());
    hoopai.estimates().listEstimates(ListEstimatesParams.builder().status(EstimateStatus.ALL).limit(10).build());
    hoopai.estimates().updateEstimate(estimate.getId(), new UpdateEstimateRequest().name("Bathroom remodel")
        .businessDetails(Requests.business()).currency("USD").items(estimate.getItems())
        .discount(estimate.getDiscount()).contactDetails(Requests.contact()).estimateStatus(EstimateStatus.DRAFT));
    hoopai.estimates().sendEstimate(estimate.getId(), Requests.sendEstimate());
    hoopai.estimates().createInvoiceFromEstimate(estimate.getId(),
        new CreateInvoiceFromEstimateRequest().markAsInvoiced(true));
    hoopai.estimates().updateEstimateLastVisitedAt(new EstimateLastVisitedRequest().estimateId(estimate.getId()));
    hoopai.estimates().deleteEstimate(estimate.getId());

    // Estimate templates (5)
    EstimateTemplate estimateTemplate = hoopai.estimateTemplates().createEstimateTemplate(Requests.estimateTemplate());
    hoopai.estimateTemplates().listEstimateTemplates(ListEstimateTemplatesParams.builder().limit(10).build());
    hoopai.estimateTemplates().previewEstimateTemplate(PreviewEstimateTemplateParams.builder()
        .templateId(estimateTemplate.getId()).build());
    hoopai.estimateTemplates().updateEstimateTemplate(estimateTemplate.getId(), Requests.estimateTemplate()
        .name("Remodel template v2"));
    hoopai.estimateTemplates().deleteEstimateTemplate(estimateTemplate.getId());

    assertThat(spec.operationsSeen()).hasSize(42);
    assertThat(spec.problems()).isEmpty();
  }

  @Test
  void errorAnswersConformToo() {
    LocationClient hoopai = client.forLocation(sandbox.locationId());
    assertThatThrownBy(() -> hoopai.invoices().getInvoice("does-not-exist"))
        .isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> hoopai.estimates().createEstimate(Requests.estimate().currency(null).name(null)))
        .isInstanceOf(IllegalArgumentException.class);
    Invoice draft = hoopai.invoices().createInvoice(Requests.invoice());
    assertThatThrownBy(() -> hoopai.invoices().recordInvoicePayment(draft.getId(), Requests.payment("-1")))
        .isInstanceOf(UnprocessableEntityException.class);
    assertThatThrownBy(() -> hoopai.invoices().voidInvoice(draft.getId()))
        .isInstanceOf(BadRequestException.class);
    assertThat(spec.problems()).isEmpty();
  }

  @Test
  void refusalsOfEveryKindConform() {
    RawHttp http = new RawHttp(sandbox.baseUrl(), new OkHttpClient.Builder().addNetworkInterceptor(spec).build());
    RawHttp authorized = http.authorized(sandbox.accessToken());
    String list = "/invoices/?altType=location&altId=" + sandbox.locationId() + "&limit=5&offset=0";

    assertThat(http.header("Version", "2021-07-28").get(list).status()).isEqualTo(401);
    assertThat(authorized.header("Version", null).get(list).status()).isEqualTo(400);
    assertThat(authorized.post("/invoices/", "{").status()).isEqualTo(400);
    assertThat(authorized.post("/invoices/", "{}").status()).isEqualTo(422);
    assertThat(authorized.get("/invoices/?altType=location").status()).isEqualTo(422);
    sandbox.rateLimits().set(1, java.time.Duration.ofMinutes(1));
    try {
      authorized.get(list);
      assertThat(authorized.get(list).status()).isEqualTo(429);
    } finally {
      sandbox.rateLimits().set(HoopAiSandbox.DEFAULT_RATE_LIMIT_MAX, HoopAiSandbox.DEFAULT_RATE_LIMIT_WINDOW);
    }
    assertThat(spec.problems()).isEmpty();
  }

  private static LateFeesConfiguration lateFees() {
    return new LateFeesConfiguration().enable(true).value(new BigDecimal("5")).type(DiscountType.PERCENTAGE)
        .frequency(new LateFeesFrequency().intervalCount(1).interval(LateFeesInterval.MONTH));
  }
}
