package com.hoopai.invoices.api;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static com.hoopai.invoices.client.support.HoopAiMock.assertBodyIsTheExample;
import static com.hoopai.invoices.client.support.HoopAiMock.assertLocationQuery;
import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.CreateEstimateRequest;
import com.hoopai.invoices.model.CreateInvoiceFromEstimateRequest;
import com.hoopai.invoices.model.DiscountType;
import com.hoopai.invoices.model.Estimate;
import com.hoopai.invoices.model.EstimateAction;
import com.hoopai.invoices.model.EstimateInvoiceConversion;
import com.hoopai.invoices.model.EstimateLastVisitedRequest;
import com.hoopai.invoices.model.EstimateLineItem;
import com.hoopai.invoices.model.EstimateList;
import com.hoopai.invoices.model.EstimateStatus;
import com.hoopai.invoices.model.GenerateEstimateNumberParams;
import com.hoopai.invoices.model.GeneratedEstimateNumber;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.ItemType;
import com.hoopai.invoices.model.ListEstimatesParams;
import com.hoopai.invoices.model.LocationRef;
import com.hoopai.invoices.model.SendEstimateRequest;
import com.hoopai.invoices.model.UpdateEstimateRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of {@link EstimatesApi} over real HTTP (what the server saw, and what the caller got),
 * the location-bound view {@link EstimatesLocationApi}, and auto-paging over the {@code estimates}/{@code total}
 * envelope.
 */
class EstimatesApiTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static final String ESTIMATE = "67ac9a51106ee8311e9118a2";
  private static final String TILING_ESTIMATE = "67b0e4c2d91a7f3a5c2b6e10";
  private static final String CONTACT = "AmuzcoPBpgKeccNsFlib";

  @Test
  void createEstimatePostsTheBodyAndDecodesTheDraftEstimate() throws Exception {
    hoopAi.enqueueExample("createEstimate");
    CreateEstimateRequest body = SpecExamples.request("createEstimate", CreateEstimateRequest.class);

    Estimate estimate = hoopAi.client().estimates().createEstimate(body);

    RecordedRequest request = hoopAi.takeRequest("POST", "/invoices/estimate");
    assertThat(request.getUrl().querySize()).isZero();
    assertBodyIsTheExample(request, "createEstimate");
    assertThat(estimate.getId()).isEqualTo(ESTIMATE);
    assertThat(estimate.getEstimateStatus()).isEqualTo(EstimateStatus.DRAFT);
    assertThat(estimate.getEstimateNumber()).isEqualTo(1042);
    assertThat(estimate.getTotal()).isEqualByComparingTo("1863.67");
    assertThat(estimate.getIssueDate()).isEqualTo(OffsetDateTime.parse("2026-03-01T00:00:00.000Z"));
    assertThat(estimate.getExpiryDate()).isEqualTo(OffsetDateTime.parse("2026-03-31T23:59:59.999Z"));
    assertThat(estimate.getContactDetails().getId()).isEqualTo(CONTACT);
    assertThat(estimate.getContactDetails().getAdditionalEmails().get(0).getEmail())
        .isEqualTo("jamie.morgan@example.com");
    assertThat(estimate.getBusinessDetails().getAddress().getCity()).isEqualTo("Houston");
    assertThat(estimate.getBusinessDetails().getCustomValues().get(0).getValue()).isEqualTo("TX-44821");
    assertThat(estimate.getDiscount().getType()).isEqualTo(DiscountType.PERCENTAGE);
    assertThat(estimate.getAutoInvoice().getEnabled()).isTrue();
    assertThat(estimate.getAttachments().get(0).getSize()).isEqualTo(248576L);

    assertThat(estimate.getItems()).extracting(EstimateLineItem::getId)
        .containsExactly("67ac9a51106ee8311e9118a3", "67ac9a51106ee8311e9118a4");
    EstimateLineItem cabinets = estimate.getItems().get(0);
    assertThat(cabinets.getAmount()).isEqualByComparingTo("1250.5");
    assertThat(cabinets.getType()).isEqualTo(ItemType.ONE_TIME);
    assertThat(cabinets.getTaxes().get(0).getRate()).isEqualByComparingTo("8.25");
    assertThat(estimate.getItems().get(1).getQty()).isEqualByComparingTo("6");
  }

  @Test
  void listEstimatesSendsEveryFilterAndDecodesThePage() throws Exception {
    hoopAi.enqueueExample("listEstimates");

    EstimateList page = hoopAi.client().estimates().listEstimates(ListEstimatesParams.builder().altId(LOCATION)
        .limit(10).offset(0).startAt(LocalDate.of(2026, 3, 1)).endAt(LocalDate.of(2026, 3, 31)).search("Remodel")
        .status(EstimateStatus.SENT).contactId(CONTACT).build());

    RecordedRequest request = hoopAi.takeRequest("GET", "/invoices/estimate/list");
    assertLocationQuery(request);
    assertThat(request.getUrl().queryParameter("startAt")).isEqualTo("2026-03-01");
    assertThat(request.getUrl().queryParameter("endAt")).isEqualTo("2026-03-31");
    assertThat(request.getUrl().queryParameter("search")).isEqualTo("Remodel");
    assertThat(request.getUrl().queryParameter("status")).isEqualTo("sent");
    assertThat(request.getUrl().queryParameter("contactId")).isEqualTo(CONTACT);
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("10");
    assertThat(request.getUrl().queryParameter("offset")).isEqualTo("0");
    assertThat(request.getUrl().querySize()).isEqualTo(9);

    assertThat(page.getTotal()).isEqualTo(2);
    assertThat(page.getTraceId()).isEqualTo("7d3e2b90-14c6-4f0a-9b8e-5a1c2d3e4f50");
    assertThat(page.getEstimates()).extracting(Estimate::getId).containsExactly(ESTIMATE, TILING_ESTIMATE);
    Estimate sent = page.getEstimates().get(0);
    assertThat(sent.getEstimateStatus()).isEqualTo(EstimateStatus.SENT);
    assertThat(sent.getLastVisitedAt()).isEqualTo(OffsetDateTime.parse("2026-03-03T08:30:00.000Z"));
    assertThat(sent.getEstimateActionHistory()).singleElement().satisfies(action -> {
      assertThat(action.getAction()).isEqualTo("sent");
      assertThat(action.getTimestamp()).isEqualTo(OffsetDateTime.parse("2026-03-02T14:05:10.120Z"));
    });
    Estimate draft = page.getEstimates().get(1);
    assertThat(draft.getEstimateStatus()).isEqualTo(EstimateStatus.DRAFT);
    assertThat(draft.getDiscount().getType()).isEqualTo(DiscountType.FIXED);
    assertThat(draft.getDiscount().getValue()).isEqualByComparingTo("50");
    assertThat(draft.getTotal()).isEqualByComparingTo("800");
    assertThat(draft.getContactDetails().getName()).isEqualTo("Priya Shah");
  }

  @Test
  void updateEstimatePutsTheWholeEstimateAndDecodesTheStoredOne() throws Exception {
    hoopAi.enqueueExample("updateEstimate");
    UpdateEstimateRequest body = SpecExamples.request("updateEstimate", UpdateEstimateRequest.class);

    Estimate estimate = hoopAi.client().estimates().updateEstimate(ESTIMATE, body);

    RecordedRequest request = hoopAi.takeRequest("PUT", "/invoices/estimate/" + ESTIMATE);
    assertThat(request.getUrl().querySize()).isZero();
    assertBodyIsTheExample(request, "updateEstimate");
    assertThat(estimate.getId()).isEqualTo(ESTIMATE);
    assertThat(estimate.getEstimateStatus()).isEqualTo(EstimateStatus.DRAFT);
    assertThat(estimate.getExpiryDate()).isEqualTo(OffsetDateTime.parse("2026-04-15T23:59:59.999Z"));
    assertThat(estimate.getDiscount().getType()).isEqualTo(DiscountType.FIXED);
    assertThat(estimate.getDiscount().getValue()).isEqualByComparingTo("100");
    assertThat(estimate.getTotal()).isEqualByComparingTo("1933.67");
    assertThat(estimate.getItems().get(1).getQty()).isEqualByComparingTo("8");
    assertThat(estimate.getAutoInvoice().getDirectPayments()).isTrue();
    assertThat(estimate.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-01T16:48:03.911Z"));
    assertThat(estimate.getV()).isEqualTo(1);
  }

  @Test
  void deleteEstimateSendsTheLocationInTheBodyAndNothingInTheQuery() throws Exception {
    hoopAi.enqueueExample("deleteEstimate");
    LocationRef body = SpecExamples.request("deleteEstimate", LocationRef.class);

    Estimate deleted = hoopAi.client().estimates().deleteEstimate(TILING_ESTIMATE, body);

    RecordedRequest request = hoopAi.takeRequest("DELETE", "/invoices/estimate/" + TILING_ESTIMATE);
    assertThat(request.getUrl().querySize()).isZero();
    assertBodyIsTheExample(request, "deleteEstimate");
    assertThat(deleted.getId()).isEqualTo(TILING_ESTIMATE);
    assertThat(deleted.getDeleted()).isTrue();
    assertThat(deleted.getEstimateNumber()).isEqualTo(1043);
    assertThat(deleted.getItems()).singleElement().satisfies(item -> {
      assertThat(item.getName()).isEqualTo("Floor tiling");
      assertThat(item.getAmount()).isEqualByComparingTo("42.5");
      assertThat(item.getQty()).isEqualByComparingTo("20");
    });
    assertThat(deleted.getSentTo().getEmail()).containsExactly("priya.shah@example.com");
  }

  @Test
  void sendEstimatePostsTheDeliveryChoiceAndDecodesTheSentEstimate() throws Exception {
    hoopAi.enqueueExample("sendEstimate");
    SendEstimateRequest body = SpecExamples.request("sendEstimate", SendEstimateRequest.class);

    Estimate estimate = hoopAi.client().estimates().sendEstimate(ESTIMATE, body);

    RecordedRequest request = hoopAi.takeRequest("POST", "/invoices/estimate/" + ESTIMATE + "/send");
    assertThat(request.getUrl().querySize()).isZero();
    assertBodyIsTheExample(request, "sendEstimate");
    assertThat(estimate.getId()).isEqualTo(ESTIMATE);
    assertThat(estimate.getEstimateStatus()).isEqualTo(EstimateStatus.SENT);
    assertThat(estimate.getSentBy()).isEqualTo("3HIpOF9NIc5ltriQ2sfK");
    assertThat(estimate.getSentTo().getEmail()).containsExactly("alex.morgan@example.com");
    assertThat(estimate.getSentTo().getPhoneNo()).containsExactly("+12145550147");
    assertThat(estimate.getEstimateActionHistory()).extracting(EstimateAction::getAction).containsExactly("sent");
    assertThat(estimate.getTraceId()).isEqualTo("9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a");
  }

  @Test
  void createInvoiceFromEstimatePostsTheOptionsAndDecodesBothTheEstimateAndTheInvoice() throws Exception {
    hoopAi.enqueueExample("createInvoiceFromEstimate");
    CreateInvoiceFromEstimateRequest body =
        SpecExamples.request("createInvoiceFromEstimate", CreateInvoiceFromEstimateRequest.class);

    EstimateInvoiceConversion conversion = hoopAi.client().estimates().createInvoiceFromEstimate(ESTIMATE, body);

    RecordedRequest request = hoopAi.takeRequest("POST", "/invoices/estimate/" + ESTIMATE + "/invoice");
    assertThat(request.getUrl().querySize()).isZero();
    assertBodyIsTheExample(request, "createInvoiceFromEstimate");

    Estimate estimate = conversion.getEstimate();
    assertThat(estimate.getId()).isEqualTo(ESTIMATE);
    assertThat(estimate.getEstimateStatus()).isEqualTo(EstimateStatus.INVOICED);
    assertThat(estimate.getEstimateActionHistory()).extracting(EstimateAction::getAction)
        .containsExactly("sent", "accepted", "invoiced");

    Invoice invoice = conversion.getInvoice();
    assertThat(invoice.getId()).isEqualTo("67c0d3e4f5a6b7c8d9e0f123");
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(invoice.getInvoiceNumber()).isEqualTo("1187");
    assertThat(invoice.getIssueDate()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(invoice.getDueDate()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(invoice.getContactDetails().getId()).isEqualTo(CONTACT);
    assertThat(invoice.getInvoiceItems()).hasSize(2);
    assertThat(invoice.getInvoiceItems().get(0).getAmount()).isEqualByComparingTo("1250.5");
    assertThat(invoice.getAmountDue()).isEqualByComparingTo("1933.67");
    assertThat(invoice.getTotalSummary().getTax()).isEqualByComparingTo("103.17");
  }

  @Test
  void generateEstimateNumberAsksForTheLocationAndDecodesTheNumber() throws Exception {
    hoopAi.enqueueExample("generateEstimateNumber");

    GeneratedEstimateNumber number = hoopAi.client().estimates().generateEstimateNumber(GenerateEstimateNumberParams.builder().altId(LOCATION).build());

    RecordedRequest request = hoopAi.takeRequest("GET", "/invoices/estimate/number/generate");
    assertLocationQuery(request);
    assertThat(request.getUrl().querySize()).isEqualTo(2);
    assertThat(number.getEstimateNumber()).isEqualTo(1044);
    assertThat(number.getTraceId()).isEqualTo("3f2e1d0c-9b8a-4776-8655-4e3d2c1b0a99");
  }

  @Test
  void updateEstimateLastVisitedAtPatchesOnlyTheEstimateIdAndAcceptsTheEmptyAnswer() throws Exception {
    hoopAi.enqueueExample("updateEstimateLastVisitedAt");
    EstimateLastVisitedRequest body =
        SpecExamples.request("updateEstimateLastVisitedAt", EstimateLastVisitedRequest.class);

    hoopAi.client().estimates().updateEstimateLastVisitedAt(body);

    RecordedRequest request = hoopAi.takeRequest("PATCH", "/invoices/estimate/stats/last-visited-at");
    assertThat(request.getUrl().querySize()).isZero();
    assertBodyIsTheExample(request, "updateEstimateLastVisitedAt");
  }

  @Test
  void locationViewListsTheEstimatesOfItsLocation() throws Exception {
    hoopAi.enqueueExample("listEstimates");

    EstimateList page = hoopAi.client().forLocation(LOCATION).estimates()
        .listEstimates(ListEstimatesParams.builder().limit(20).offset(40).status(EstimateStatus.DRAFT).build());

    RecordedRequest request = hoopAi.takeRequest("GET", "/invoices/estimate/list");
    assertLocationQuery(request);
    assertThat(request.getUrl().queryParameter("status")).isEqualTo("draft");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("20");
    assertThat(request.getUrl().queryParameter("offset")).isEqualTo("40");
    assertThat(request.getUrl().querySize()).isEqualTo(5);
    assertThat(page.getEstimates()).extracting(Estimate::getAltId).containsOnly(LOCATION);
    assertThat(page.getTotal()).isEqualTo(2);
  }

  @Test
  void locationViewFillsItsLocationIntoTheDeleteBody() throws Exception {
    hoopAi.enqueueExample("deleteEstimate");
    Estimate deleted = hoopAi.client().forLocation(LOCATION).estimates().deleteEstimate(TILING_ESTIMATE);

    RecordedRequest request = hoopAi.takeRequest("DELETE", "/invoices/estimate/" + TILING_ESTIMATE);
    assertThat(request.getUrl().querySize()).isZero();
    assertBodyIsTheExample(request, "deleteEstimate");
    assertThat(deleted.getDeleted()).isTrue();
  }

  @Test
  void listEstimatesAutoPagingWalksEveryPageInOrderAndStopsAtTheTotal() throws Exception {
    hoopAi.enqueueJson(200, page(5, "e1", "e2"));
    hoopAi.enqueueJson(200, page(5, "e3", "e4"));
    hoopAi.enqueueJson(200, page(5, "e5"));
    hoopAi.enqueueJson(200, page(5, "e6")); // must not be asked for: the total says there are 5

    List<Estimate> all = hoopAi.client().estimates()
        .listEstimatesAutoPaging(ListEstimatesParams.builder().altId(LOCATION).status(EstimateStatus.SENT).limit(2).build())
        .toList();

    assertThat(all).extracting(Estimate::getId).containsExactly("e1", "e2", "e3", "e4", "e5");
    assertThat(hoopAi.requestCount()).isEqualTo(3);
    for (int offset : new int[] {0, 2, 4}) {
      RecordedRequest request = hoopAi.takeRequest("GET", "/invoices/estimate/list");
      assertLocationQuery(request);
      assertThat(request.getUrl().queryParameter("status")).isEqualTo("sent");
      assertThat(request.getUrl().queryParameter("limit")).isEqualTo("2");
      assertThat(request.getUrl().queryParameter("offset")).isEqualTo(String.valueOf(offset));
      assertThat(request.getUrl().querySize()).isEqualTo(5);
    }
  }

  /** A page of the estimate list envelope holding minimal estimates with these ids. */
  private static String page(int total, String... ids) {
    StringBuilder estimates = new StringBuilder();
    for (String id : ids) {
      estimates.append(estimates.length() == 0 ? "" : ",").append("""
          {"_id":"%s","altId":"%s","altType":"location","name":"Estimate %s","currency":"USD",\
          "estimateStatus":"sent","items":[],"total":100}""".formatted(id, LOCATION, id));
    }
    return """
        {"estimates":[%s],"total":%d,"traceId":"trace-%s"}""".formatted(estimates, total, ids[0]);
  }
}
