package com.hoopai.invoices.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.client.errors.BadRequestException;
import com.hoopai.invoices.model.CreateInvoiceFromEstimateRequest;
import com.hoopai.invoices.model.Estimate;
import com.hoopai.invoices.model.EstimateAction;
import com.hoopai.invoices.model.EstimateInvoiceConversion;
import com.hoopai.invoices.model.EstimateStatus;
import com.hoopai.invoices.model.EstimateTemplate;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.ListEstimatesParams;
import com.hoopai.invoices.model.PreviewEstimateTemplateParams;
import com.hoopai.invoices.model.UpdateEstimateRequest;
import com.hoopai.invoices.sandbox.support.Requests;
import org.junit.jupiter.api.Test;

@HoopAiSandboxTest
class EstimateTest {

  @Test
  void aNewEstimateIsANumberedDraftWithItsTotal(LocationClient hoopai) {
    int next = hoopai.estimates().generateEstimateNumber().getEstimateNumber();

    Estimate estimate = hoopai.estimates().createEstimate(Requests.estimate());

    assertThat(estimate.getEstimateNumber()).isEqualTo(next);
    assertThat(estimate.getEstimateStatus()).isEqualTo(EstimateStatus.DRAFT);
    // 1200 + 2 x 280.25 = 1760.50, 10% off: 1584.45
    assertThat(estimate.getTotal()).isEqualByComparingTo("1584.45");
    assertThat(estimate.getIssueDate()).hasToString("2026-03-01T00:00Z");
    assertThat(hoopai.estimates().generateEstimateNumber().getEstimateNumber()).isEqualTo(next + 1);
  }

  @Test
  void sendingMovesADraftToSentAndKeepsTheHistory(LocationClient hoopai) {
    Estimate estimate = hoopai.estimates().createEstimate(Requests.estimate());

    Estimate sent = hoopai.estimates().sendEstimate(estimate.getId(), Requests.sendEstimate());

    assertThat(sent.getEstimateStatus()).isEqualTo(EstimateStatus.SENT);
    assertThat(sent.getEstimateActionHistory()).extracting(EstimateAction::getAction)
        .containsExactly("created", "sent");
  }

  @Test
  void anEstimateConvertsIntoADraftInvoiceAndIsMarkedInvoiced(LocationClient hoopai, HoopAiSandbox sandbox) {
    Estimate estimate = hoopai.estimates().createEstimate(Requests.estimate());
    hoopai.estimates().sendEstimate(estimate.getId(), Requests.sendEstimate());

    EstimateInvoiceConversion conversion = hoopai.estimates().createInvoiceFromEstimate(estimate.getId(),
        new CreateInvoiceFromEstimateRequest().markAsInvoiced(true));

    assertThat(conversion.getEstimate().getEstimateStatus()).isEqualTo(EstimateStatus.INVOICED);
    assertThat(conversion.getInvoice().getStatus()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(conversion.getInvoice().getTotal()).isEqualByComparingTo(estimate.getTotal());
    assertThat(conversion.getInvoice().getInvoiceItems()).hasSize(2);
    assertThat(conversion.getInvoice().getContactDetails().getId()).isEqualTo(Requests.contact().getId());
    assertThat(sandbox.records().invoices()).extracting(i -> i.getId()).containsExactly(conversion.getInvoice().getId());
    assertThat(hoopai.estimates().listEstimates(ListEstimatesParams.builder()
        .status(EstimateStatus.INVOICED).limit(10).build()).getTotal())
        .isEqualTo(1);
  }

  @Test
  void anUpdateCanMoveTheStatus(LocationClient hoopai) {
    Estimate estimate = hoopai.estimates().createEstimate(Requests.estimate());

    Estimate accepted = hoopai.estimates().updateEstimate(estimate.getId(), new UpdateEstimateRequest()
        .name(estimate.getName()).businessDetails(Requests.business()).currency("USD").items(estimate.getItems())
        .discount(estimate.getDiscount()).contactDetails(Requests.contact()).estimateStatus(EstimateStatus.ACCEPTED));

    assertThat(accepted.getEstimateStatus()).isEqualTo(EstimateStatus.ACCEPTED);
  }

  @Test
  void aDeletedEstimateIsAnsweredFlaggedAndIsGone(LocationClient hoopai) {
    Estimate estimate = hoopai.estimates().createEstimate(Requests.estimate());

    assertThat(hoopai.estimates().deleteEstimate(estimate.getId()).getDeleted()).isTrue();
    assertThat(hoopai.estimates().listEstimates(ListEstimatesParams.builder().limit(10).build()).getTotal())
        .isZero();
    assertThatThrownBy(() -> hoopai.estimates().deleteEstimate(estimate.getId()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("Unable to find estimate");
  }

  @Test
  void estimateTemplatesAreReadThroughPreview(LocationClient hoopai) {
    EstimateTemplate template = hoopai.estimateTemplates().createEstimateTemplate(Requests.estimateTemplate());

    assertThat(hoopai.estimateTemplates().previewEstimateTemplate(preview(template)).getName())
        .isEqualTo("Remodel template");
    assertThat(hoopai.estimateTemplates().deleteEstimateTemplate(template.getId()).getDeleted())
        .isTrue();
    assertThatThrownBy(() -> hoopai.estimateTemplates().previewEstimateTemplate(preview(template)))
        .isInstanceOf(BadRequestException.class);
  }

  private static PreviewEstimateTemplateParams preview(EstimateTemplate template) {
    return PreviewEstimateTemplateParams.builder().templateId(template.getId()).build();
  }
}
