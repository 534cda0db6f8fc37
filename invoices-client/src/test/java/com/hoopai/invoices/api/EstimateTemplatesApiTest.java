package com.hoopai.invoices.api;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static com.hoopai.invoices.client.support.HoopAiMock.assertBodyIsTheExample;
import static com.hoopai.invoices.client.support.HoopAiMock.assertLocationQuery;
import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.AltType;
import com.hoopai.invoices.model.DiscountType;
import com.hoopai.invoices.model.EstimateLineItem;
import com.hoopai.invoices.model.EstimateTemplate;
import com.hoopai.invoices.model.EstimateTemplateList;
import com.hoopai.invoices.model.EstimateTemplateRequest;
import com.hoopai.invoices.model.ItemType;
import com.hoopai.invoices.model.ListEstimateTemplatesParams;
import com.hoopai.invoices.model.LocationRef;
import com.hoopai.invoices.model.PreviewEstimateTemplateParams;
import java.time.OffsetDateTime;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of {@link EstimateTemplatesApi} over real HTTP (what the server saw, and what the caller
 * got), the location-bound view {@link EstimateTemplatesLocationApi}, and auto-paging over the
 * {@code data}/{@code totalCount} envelope.
 */
class EstimateTemplatesApiTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static final String TEMPLATE = "67b1f0c2a4d5e6f708192a3b";

  @Test
  void listEstimateTemplatesSendsSearchAndPagingAndDecodesThePage() throws Exception {
    hoopAi.enqueueExample("listEstimateTemplates");

    EstimateTemplateList page = hoopAi.client().estimateTemplates().listEstimateTemplates(
        ListEstimateTemplatesParams.builder().altId(LOCATION).limit(10).offset(0).search("Kitchen").build());

    RecordedRequest request = hoopAi.takeRequest("GET", "/invoices/estimate/template");
    assertLocationQuery(request);
    assertThat(request.getUrl().queryParameter("search")).isEqualTo("Kitchen");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("10");
    assertThat(request.getUrl().queryParameter("offset")).isEqualTo("0");
    assertThat(request.getUrl().querySize()).isEqualTo(5);

    assertThat(page.getTotalCount()).isEqualTo(1);
    assertThat(page.getTraceId()).isEqualTo("2a4c6e80-1b3d-4f57-9a0c-8e6d4b2f0a13");
    assertThat(page.getData()).singleElement().satisfies(template -> {
      assertThat(template.getId()).isEqualTo(TEMPLATE);
      assertThat(template.getAltType()).isEqualTo(AltType.LOCATION);
      assertThat(template.getName()).isEqualTo("Kitchen Remodel Template");
      assertThat(template.getTotal()).isEqualByComparingTo("1760.5");
      assertThat(template.getItems()).extracting(EstimateLineItem::getName)
          .containsExactly("Cabinet installation", "Countertop labor");
      assertThat(template.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-02-10T15:41:07.230Z"));
    });
  }

  @Test
  void createEstimateTemplatePostsTheBodyAndDecodesTheStoredTemplate() throws Exception {
    hoopAi.enqueueExample("createEstimateTemplate");
    EstimateTemplateRequest body = SpecExamples.request("createEstimateTemplate", EstimateTemplateRequest.class);

    EstimateTemplate template = hoopAi.client().estimateTemplates().createEstimateTemplate(body);

    RecordedRequest request = hoopAi.takeRequest("POST", "/invoices/estimate/template");
    assertThat(request.getUrl().querySize()).isZero();
    assertBodyIsTheExample(request, "createEstimateTemplate");
    assertThat(template.getId()).isEqualTo(TEMPLATE);
    assertThat(template.getDeleted()).isFalse();
    assertThat(template.getEstimateNumberPrefix()).isEqualTo("EST-");
    assertThat(template.getBusinessDetails().getAddress().getAddressLine1()).isEqualTo("9931 Beechwood Dr");
    assertThat(template.getDiscount().getType()).isEqualTo(DiscountType.PERCENTAGE);
    assertThat(template.getDiscount().getValue()).isEqualByComparingTo("0");
    assertThat(template.getTotal()).isEqualByComparingTo("1760.5");
    assertThat(template.getItems()).extracting(EstimateLineItem::getId)
        .containsExactly("67b1f0c2a4d5e6f708192a3c", "67b1f0c2a4d5e6f708192a3d");
    assertThat(template.getItems().get(0).getAmount()).isEqualByComparingTo("1250.5");
    assertThat(template.getItems().get(1).getQty()).isEqualByComparingTo("6");
    assertThat(template.getItems().get(1).getType()).isEqualTo(ItemType.ONE_TIME);
    assertThat(template.getV()).isZero();
  }

  @Test
  void updateEstimateTemplatePutsTheBodyAndDecodesTheUpdatedTemplate() throws Exception {
    hoopAi.enqueueExample("updateEstimateTemplate");
    EstimateTemplateRequest body = SpecExamples.request("updateEstimateTemplate", EstimateTemplateRequest.class);

    EstimateTemplate template = hoopAi.client().estimateTemplates().updateEstimateTemplate(TEMPLATE, body);

    RecordedRequest request = hoopAi.takeRequest("PUT", "/invoices/estimate/template/" + TEMPLATE);
    assertThat(request.getUrl().querySize()).isZero();
    assertBodyIsTheExample(request, "updateEstimateTemplate");
    assertThat(template.getId()).isEqualTo(TEMPLATE);
    assertThat(template.getItems()).hasSize(3);
    EstimateLineItem hardware = template.getItems().get(2);
    assertThat(hardware.getId()).isEqualTo("67b1f0c2a4d5e6f708192a3e");
    assertThat(hardware.getDescription()).isEqualTo("Brushed nickel handles");
    assertThat(hardware.getAmount()).isEqualByComparingTo("12.5");
    assertThat(hardware.getQty()).isEqualByComparingTo("24");
    assertThat(template.getDiscount().getValue()).isEqualByComparingTo("5");
    assertThat(template.getTotal()).isEqualByComparingTo("1957.48");
    assertThat(template.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2026-02-18T08:12:55.617Z"));
    assertThat(template.getV()).isEqualTo(1);
  }

  @Test
  void deleteEstimateTemplateSendsTheLocationInTheBodyAndNothingInTheQuery() throws Exception {
    hoopAi.enqueueExample("deleteEstimateTemplate");
    LocationRef body = SpecExamples.request("deleteEstimateTemplate", LocationRef.class);

    EstimateTemplate deleted = hoopAi.client().estimateTemplates().deleteEstimateTemplate(TEMPLATE, body);

    RecordedRequest request = hoopAi.takeRequest("DELETE", "/invoices/estimate/template/" + TEMPLATE);
    assertThat(request.getUrl().querySize()).isZero();
    assertBodyIsTheExample(request, "deleteEstimateTemplate");
    assertThat(deleted.getId()).isEqualTo(TEMPLATE);
    assertThat(deleted.getDeleted()).isTrue();
    assertThat(deleted.getBusinessDetails().getPhoneNo()).isEqualTo("+1-214-559-6993");
    assertThat(deleted.getItems()).hasSize(3);
    assertThat(deleted.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-07T12:00:31.045Z"));
  }

  @Test
  void previewEstimateTemplateSendsTheTemplateIdInTheQuery() throws Exception {
    hoopAi.enqueueExample("previewEstimateTemplate");

    EstimateTemplate template = hoopAi.client().estimateTemplates().previewEstimateTemplate(PreviewEstimateTemplateParams.builder().altId(LOCATION).templateId(TEMPLATE).build());

    RecordedRequest request = hoopAi.takeRequest("GET", "/invoices/estimate/template/preview");
    assertLocationQuery(request);
    assertThat(request.getUrl().queryParameter("templateId")).isEqualTo(TEMPLATE);
    assertThat(request.getUrl().querySize()).isEqualTo(3);
    assertThat(template.getId()).isEqualTo(TEMPLATE);
    assertThat(template.getBusinessDetails().getLogoUrl()).isEqualTo("https://cdn.brighthome.example/logo.png");
    assertThat(template.getItems()).extracting(EstimateLineItem::getName)
        .containsExactly("Cabinet installation", "Countertop labor", "Cabinet hardware set");
    assertThat(template.getTermsNotes()).isEqualTo("<p>Prices are valid for 30 days. Hardware is non-refundable.</p>");
    assertThat(template.getTotal()).isEqualByComparingTo("1957.48");
  }

  @Test
  void locationViewListsTheTemplatesOfItsLocation() throws Exception {
    hoopAi.enqueueExample("listEstimateTemplates");

    EstimateTemplateList page = hoopAi.client().forLocation(LOCATION).estimateTemplates()
        .listEstimateTemplates(ListEstimateTemplatesParams.builder().limit(25).offset(50).build());

    RecordedRequest request = hoopAi.takeRequest("GET", "/invoices/estimate/template");
    assertLocationQuery(request);
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("25");
    assertThat(request.getUrl().queryParameter("offset")).isEqualTo("50");
    assertThat(request.getUrl().querySize()).isEqualTo(4);
    assertThat(page.getData()).extracting(EstimateTemplate::getAltId).containsExactly(LOCATION);
  }

  @Test
  void locationViewFillsItsLocationIntoTheCreateBody() throws Exception {
    hoopAi.enqueueExample("createEstimateTemplate");
    EstimateTemplateRequest body =
        SpecExamples.requestWithoutAltId("createEstimateTemplate", EstimateTemplateRequest.class);

    EstimateTemplate template = hoopAi.client().forLocation(LOCATION).estimateTemplates().createEstimateTemplate(body);

    RecordedRequest request = hoopAi.takeRequest("POST", "/invoices/estimate/template");
    assertThat(request.getUrl().querySize()).isZero();
    assertBodyIsTheExample(request, "createEstimateTemplate");
    assertThat(template.getId()).isEqualTo(TEMPLATE);
  }

  @Test
  void listEstimateTemplatesAutoPagingWalksEveryPageInOrderAndStopsAtTheTotal() throws Exception {
    hoopAi.enqueueJson(200, page(5, "t1", "t2"));
    hoopAi.enqueueJson(200, page(5, "t3", "t4"));
    hoopAi.enqueueJson(200, page(5, "t5"));
    hoopAi.enqueueJson(200, page(5, "t6")); // must not be asked for: the total says there are 5

    List<EstimateTemplate> all =
        hoopAi.client().estimateTemplates().listEstimateTemplatesAutoPaging(
            ListEstimateTemplatesParams.builder().altId(LOCATION).search("Kitchen").limit(2).build()).toList();

    assertThat(all).extracting(EstimateTemplate::getId).containsExactly("t1", "t2", "t3", "t4", "t5");
    assertThat(hoopAi.requestCount()).isEqualTo(3);
    for (int offset : new int[] {0, 2, 4}) {
      RecordedRequest request = hoopAi.takeRequest("GET", "/invoices/estimate/template");
      assertLocationQuery(request);
      assertThat(request.getUrl().queryParameter("search")).isEqualTo("Kitchen");
      assertThat(request.getUrl().queryParameter("limit")).isEqualTo("2");
      assertThat(request.getUrl().queryParameter("offset")).isEqualTo(String.valueOf(offset));
      assertThat(request.getUrl().querySize()).isEqualTo(5);
    }
  }

  /** A page of the estimate-template list envelope holding minimal templates with these ids. */
  private static String page(int totalCount, String... ids) {
    StringBuilder data = new StringBuilder();
    for (String id : ids) {
      data.append(data.length() == 0 ? "" : ",").append("""
          {"_id":"%s","altId":"%s","altType":"location","name":"Template %s","currency":"USD",\
          "items":[],"total":0}""".formatted(id, LOCATION, id));
    }
    return """
        {"data":[%s],"totalCount":%d,"traceId":"trace-%s"}""".formatted(data, totalCount, ids[0]);
  }
}
