package com.hoopai.invoices.api;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static com.hoopai.invoices.client.support.HoopAiMock.assertQuery;
import static com.hoopai.invoices.client.support.HoopAiMock.assertRequestLine;
import static com.hoopai.invoices.client.support.HoopAiMock.bodyOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.AltType;
import com.hoopai.invoices.model.CreateInvoiceTemplateRequest;
import com.hoopai.invoices.model.DeleteInvoiceTemplateParams;
import com.hoopai.invoices.model.DeleteResult;
import com.hoopai.invoices.model.DiscountType;
import com.hoopai.invoices.model.GetInvoiceTemplateParams;
import com.hoopai.invoices.model.InvoiceItem;
import com.hoopai.invoices.model.InvoiceTemplate;
import com.hoopai.invoices.model.InvoiceTemplateList;
import com.hoopai.invoices.model.ItemTax;
import com.hoopai.invoices.model.ItemType;
import com.hoopai.invoices.model.LateFeesConfiguration;
import com.hoopai.invoices.model.LateFeesFrequency;
import com.hoopai.invoices.model.LateFeesGrace;
import com.hoopai.invoices.model.LateFeesGraceInterval;
import com.hoopai.invoices.model.LateFeesInterval;
import com.hoopai.invoices.model.LateFeesMaxFees;
import com.hoopai.invoices.model.LateFeesMaxFeesType;
import com.hoopai.invoices.model.ListInvoiceTemplatesParams;
import com.hoopai.invoices.model.TaxCalculation;
import com.hoopai.invoices.model.UpdateInvoiceTemplateRequest;
import com.hoopai.invoices.model.UpdateLateFeesConfigurationRequest;
import com.hoopai.invoices.model.UpdatePaymentMethodsConfigurationRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of {@link InvoiceTemplatesApi} over real HTTP: what the server saw (method, path, query,
 * body) and what the caller got back. Also the location-bound view {@link InvoiceTemplatesLocationApi} and
 * auto-paging over the {@code {data, totalCount}} envelope.
 */
class InvoiceTemplatesApiTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  /** The template the spec's examples are about. */
  private static final String TEMPLATE_ID = "65b2c4d6e8f0a1b2c3d4e5f6";

  @Test
  void createInvoiceTemplatePostsTheBodyAndDecodesTheTemplate() throws Exception {
    hoopAi.enqueueExample("createInvoiceTemplate");
    CreateInvoiceTemplateRequest body =
        SpecExamples.request("createInvoiceTemplate", CreateInvoiceTemplateRequest.class);

    InvoiceTemplate template = hoopAi.client().invoiceTemplates().createInvoiceTemplate(body);

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "POST", "/invoices/template");
    assertThat(request.getUrl().querySize()).isZero();
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("createInvoiceTemplate").requestExample());
    assertMonthlyWebsiteCare(template);
    assertThat(template.getName()).isEqualTo("Monthly website care");
    assertThat(template.getItems().get(0).getAmount()).isEqualByComparingTo("400");
    assertThat(template.getTotal()).isEqualByComparingTo("482.99");
    assertThat(template.getInvoiceNumberPrefix()).isEqualTo("NWS-");
    assertThat(template.getTipsConfiguration().getTipsEnabled()).isFalse();
    assertThat(template.getTipsConfiguration().getTipsPercentage())
        .containsExactly(new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("15"));
    LateFeesConfiguration lateFees = template.getLateFeesConfiguration();
    assertThat(lateFees.getEnable()).isTrue();
    assertThat(lateFees.getType()).isEqualTo(DiscountType.FIXED);
    assertThat(lateFees.getValue()).isEqualByComparingTo("25");
    assertThat(lateFees.getFrequency().getInterval()).isEqualTo(LateFeesInterval.ONE_TIME);
    assertThat(lateFees.getGrace().getIntervalCount()).isEqualTo(5);
    assertThat(template.getPaymentMethods().getStripe().getEnableBankDebitOnly()).isFalse();
    assertThat(template.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-02-10T15:04:12.118Z"));
  }

  @Test
  void listInvoiceTemplatesSendsPagingAndFiltersAndDecodesTheDataEnvelope() throws Exception {
    hoopAi.enqueueExample("listInvoiceTemplates");

    InvoiceTemplateList page = hoopAi.client().invoiceTemplates().listInvoiceTemplates(
        ListInvoiceTemplatesParams.builder().altId(LOCATION).limit(20).offset(0).startAt(LocalDate.of(2026, 1, 1))
            .endAt(LocalDate.of(2026, 2, 28)).search("website care").build());

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "GET", "/invoices/template");
    assertQuery(request, "altType", "location", "altId", LOCATION, "limit", "20", "offset", "0",
        "startAt", "2026-01-01", "endAt", "2026-02-28", "search", "website care");
    assertThat(page.getTotalCount()).isEqualTo(2);
    assertThat(page.getData()).extracting(InvoiceTemplate::getId)
        .containsExactly(TEMPLATE_ID, "65b2c5a1e8f0a1b2c3d4e7a0");
    assertMonthlyWebsiteCare(page.getData().get(0));
    InvoiceTemplate audit = page.getData().get(1);
    assertThat(audit.getName()).isEqualTo("One-off website audit");
    assertThat(audit.getDiscount().getType()).isEqualTo(DiscountType.PERCENTAGE);
    assertThat(audit.getDiscount().getValue()).isEqualByComparingTo("10");
    assertThat(audit.getDiscount().getValidOnProductIds()).containsExactly("6578290d879ad2646715bc40");
    assertThat(audit.getItems()).singleElement().satisfies(item -> {
      assertThat(item.getType()).isEqualTo(ItemType.ONE_TIME);
      assertThat(item.getAmount()).isEqualByComparingTo("750");
    });
    assertThat(audit.getTotal()).isEqualByComparingTo("675");
    assertThat(audit.getLateFeesConfiguration()).isNull();
    assertThat(audit.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-01-22T10:12:48.530Z"));
  }

  @Test
  void getInvoiceTemplateSendsTheLocationInTheQueryAndDecodesTheTemplate() throws Exception {
    hoopAi.enqueueExample("getInvoiceTemplate");

    InvoiceTemplate template = hoopAi.client().invoiceTemplates().getInvoiceTemplate(TEMPLATE_ID, GetInvoiceTemplateParams.builder().altId(LOCATION).build());

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "GET", "/invoices/template/" + TEMPLATE_ID);
    assertQuery(request, "altType", "location", "altId", LOCATION);
    assertMonthlyWebsiteCare(template);
    assertThat(template.getTermsNotes()).startsWith("Payment is due within 15 days");
    assertThat(template.getAutomaticTaxesEnabled()).isFalse();
    assertThat(template.getTotal()).isEqualByComparingTo("482.99");
    assertThat(template.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2026-02-10T15:04:12.118Z"));
  }

  @Test
  void updateInvoiceTemplatePutsTheBodyAndDecodesTheUpdatedTemplate() throws Exception {
    hoopAi.enqueueExample("updateInvoiceTemplate");
    UpdateInvoiceTemplateRequest body =
        SpecExamples.request("updateInvoiceTemplate", UpdateInvoiceTemplateRequest.class);

    InvoiceTemplate template = hoopAi.client().invoiceTemplates().updateInvoiceTemplate(TEMPLATE_ID, body);

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "PUT", "/invoices/template/" + TEMPLATE_ID);
    assertThat(request.getUrl().querySize()).isZero();
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("updateInvoiceTemplate").requestExample());
    assertMonthlyWebsiteCare(template);
    assertThat(template.getName()).isEqualTo("Monthly website care (2026 rates)");
    assertThat(template.getItems().get(0).getAmount()).isEqualByComparingTo("440");
    assertThat(template.getTotal()).isEqualByComparingTo("526.29");
    assertThat(template.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2026-02-18T11:30:05.402Z"));
  }

  @Test
  void deleteInvoiceTemplateSendsTheLocationInTheQueryAndDecodesTheResult() throws Exception {
    hoopAi.enqueueExample("deleteInvoiceTemplate");

    DeleteResult result = hoopAi.client().invoiceTemplates().deleteInvoiceTemplate(TEMPLATE_ID, DeleteInvoiceTemplateParams.builder().altId(LOCATION).build());

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "DELETE", "/invoices/template/" + TEMPLATE_ID);
    assertQuery(request, "altType", "location", "altId", LOCATION);
    assertThat(request.getBodySize()).isZero();
    assertThat(result.getSuccess()).isTrue();
  }

  @Test
  void updateInvoiceTemplateLateFeesConfigurationPatchesTheRulesAndDecodesTheTemplate() throws Exception {
    hoopAi.enqueueExample("updateInvoiceTemplateLateFeesConfiguration");
    UpdateLateFeesConfigurationRequest body = SpecExamples.request(
        "updateInvoiceTemplateLateFeesConfiguration", UpdateLateFeesConfigurationRequest.class);

    InvoiceTemplate template =
        hoopAi.client().invoiceTemplates().updateInvoiceTemplateLateFeesConfiguration(TEMPLATE_ID, body);

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "PATCH", "/invoices/template/" + TEMPLATE_ID + "/late-fees-configuration");
    assertThat(request.getUrl().querySize()).isZero();
    assertThat(bodyOf(request))
        .isEqualTo(SpecExamples.operation("updateInvoiceTemplateLateFeesConfiguration").requestExample());
    assertThat(template.getId()).isEqualTo(TEMPLATE_ID);
    LateFeesConfiguration lateFees = template.getLateFeesConfiguration();
    assertThat(lateFees.getEnable()).isTrue();
    assertThat(lateFees.getType()).isEqualTo(DiscountType.PERCENTAGE);
    assertThat(lateFees.getValue()).isEqualByComparingTo("1.5");
    assertThat(lateFees.getFrequency().getIntervalCount()).isEqualTo(1);
    assertThat(lateFees.getFrequency().getInterval()).isEqualTo(LateFeesInterval.MONTH);
    assertThat(lateFees.getGrace().getIntervalCount()).isEqualTo(7);
    assertThat(lateFees.getGrace().getInterval()).isEqualTo(LateFeesGraceInterval.DAY);
    assertThat(lateFees.getMaxLateFees().getType()).isEqualTo(LateFeesMaxFeesType.FIXED);
    assertThat(lateFees.getMaxLateFees().getValue()).isEqualByComparingTo("50");
    assertThat(template.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2026-02-18T11:42:51.090Z"));
  }

  @Test
  void updateInvoiceTemplatePaymentMethodsConfigurationPatchesTheMethodsAndDecodesTheTemplate()
      throws Exception {
    hoopAi.enqueueExample("updateInvoiceTemplatePaymentMethodsConfiguration");
    UpdatePaymentMethodsConfigurationRequest body = SpecExamples.request(
        "updateInvoiceTemplatePaymentMethodsConfiguration", UpdatePaymentMethodsConfigurationRequest.class);

    InvoiceTemplate template =
        hoopAi.client().invoiceTemplates().updateInvoiceTemplatePaymentMethodsConfiguration(TEMPLATE_ID, body);

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "PATCH",
        "/invoices/template/" + TEMPLATE_ID + "/payment-methods-configuration");
    assertThat(request.getUrl().querySize()).isZero();
    assertThat(bodyOf(request))
        .isEqualTo(SpecExamples.operation("updateInvoiceTemplatePaymentMethodsConfiguration").requestExample());
    assertThat(template.getId()).isEqualTo(TEMPLATE_ID);
    assertThat(template.getPaymentMethods().getStripe().getEnableBankDebitOnly()).isTrue();
    assertThat(template.getName()).isEqualTo("Monthly website care (2026 rates)");
    assertThat(template.getAltType()).isEqualTo(AltType.LOCATION);
  }

  @Test
  void locationViewGetsATemplateWithItsLocationInTheQuery() throws Exception {
    hoopAi.enqueueExample("getInvoiceTemplate");

    InvoiceTemplate template =
        hoopAi.client().forLocation(LOCATION).invoiceTemplates().getInvoiceTemplate(TEMPLATE_ID);

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "GET", "/invoices/template/" + TEMPLATE_ID);
    assertQuery(request, "altType", "location", "altId", LOCATION);
    assertThat(template.getId()).isEqualTo(TEMPLATE_ID);
    assertThat(template.getAltId()).isEqualTo(LOCATION);
  }

  @Test
  void locationViewFillsItsLocationIntoTheCreateBody() throws Exception {
    hoopAi.enqueueExample("createInvoiceTemplate");
    CreateInvoiceTemplateRequest body =
        SpecExamples.requestWithoutAltId("createInvoiceTemplate", CreateInvoiceTemplateRequest.class);
    assertThat(body.getAltId()).isNull();

    InvoiceTemplate template = hoopAi.client().forLocation(LOCATION).invoiceTemplates().createInvoiceTemplate(body);

    RecordedRequest request = hoopAi.takeRequest();
    assertRequestLine(request, "POST", "/invoices/template");
    assertThat(request.getUrl().querySize()).isZero();
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("createInvoiceTemplate").requestExample());
    assertThat(template.getId()).isEqualTo(TEMPLATE_ID);
  }

  @Test
  void listInvoiceTemplatesAutoPagingFollowsTotalCountAcrossPages() throws Exception {
    hoopAi.enqueueJson(200, "{\"data\": [" + templateJson("t1") + ", " + templateJson("t2") + "], \"totalCount\": 5}");
    hoopAi.enqueueJson(200, "{\"data\": [" + templateJson("t3") + ", " + templateJson("t4") + "], \"totalCount\": 5}");
    hoopAi.enqueueJson(200, "{\"data\": [" + templateJson("t5") + "], \"totalCount\": 5}");

    List<InvoiceTemplate> templates = hoopAi.client().invoiceTemplates()
        .listInvoiceTemplatesAutoPaging(
            ListInvoiceTemplatesParams.builder().altId(LOCATION).search("care").limit(2).build())
        .toList();

    assertThat(templates).extracting(InvoiceTemplate::getId).containsExactly("t1", "t2", "t3", "t4", "t5");
    assertThat(templates).extracting(InvoiceTemplate::getName)
        .containsExactly("Template t1", "Template t2", "Template t3", "Template t4", "Template t5");
    assertThat(hoopAi.requestCount()).isEqualTo(3);
    for (int offset = 0; offset <= 4; offset += 2) {
      RecordedRequest request = hoopAi.takeRequest();
      assertRequestLine(request, "GET", "/invoices/template");
      assertQuery(request, "altType", "location", "altId", LOCATION, "limit", "2", "offset",
          String.valueOf(offset), "search", "care");
    }
  }

  /** The content every example of the "Monthly website care" template shares. */
  private static void assertMonthlyWebsiteCare(InvoiceTemplate template) {
    assertThat(template.getId()).isEqualTo(TEMPLATE_ID);
    assertThat(template.getAltId()).isEqualTo(LOCATION);
    assertThat(template.getAltType()).isEqualTo(AltType.LOCATION);
    assertThat(template.getTitle()).isEqualTo("INVOICE");
    assertThat(template.getCurrency()).isEqualTo("USD");
    assertThat(template.getBusinessDetails().getName()).isEqualTo("Northwind Web Studio");
    assertThat(template.getBusinessDetails().getAddress().getCity()).isEqualTo("Houston");
    assertThat(template.getBusinessDetails().getCustomValues()).singleElement()
        .satisfies(value -> assertThat(value.getValue()).isEqualTo("74-3120987"));
    assertThat(template.getDiscount().getType()).isEqualTo(DiscountType.PERCENTAGE);
    assertThat(template.getDiscount().getValue()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(template.getItems()).extracting(InvoiceItem::getId)
        .containsExactly("65b2c4d6e8f0a1b2c3d4e601", "65b2c4d6e8f0a1b2c3d4e602");
    InvoiceItem maintenance = template.getItems().get(0);
    assertThat(maintenance.getType()).isEqualTo(ItemType.RECURRING);
    assertThat(maintenance.getQty()).isEqualByComparingTo("1");
    assertThat(maintenance.getTaxes()).singleElement().satisfies(tax -> {
      assertThat(tax.getRate()).isEqualByComparingTo("8.25");
      assertThat(tax.getCalculation()).isEqualTo(TaxCalculation.EXCLUSIVE);
    });
    InvoiceItem hosting = template.getItems().get(1);
    assertThat(hosting.getName()).isEqualTo("Managed hosting");
    assertThat(hosting.getAmount()).isEqualByComparingTo("49.99");
    assertThat(hosting.getTaxes()).isEmpty();
  }

  /** A minimal template as one item of a list page. */
  private static String templateJson(String id) {
    return "{\"_id\": \"" + id + "\", \"altId\": \"" + LOCATION + "\", \"altType\": \"location\", "
        + "\"name\": \"Template " + id + "\"}";
  }
}
