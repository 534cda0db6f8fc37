package com.hoopai.invoices.client;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static com.hoopai.invoices.client.support.HoopAiMock.bodyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.errors.InvalidRequestException;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.ListInvoicesParams;
import com.hoopai.invoices.model.PreviewEstimateTemplateParams;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A location-bound view fills in altId, in the query or the body, and refuses a body for another one. */
class LocationClientTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  @Test
  void theViewSendsItsLocationInTheQuery() throws Exception {
    hoopAi.enqueueExample("getInvoice");

    hoopAi.client().forLocation("locXYZ").invoices().getInvoice("6578278e879ad2646715ba9c");

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getUrl().queryParameter("altId")).isEqualTo("locXYZ");
    assertThat(request.getUrl().queryParameter("altType")).isEqualTo("location");
  }

  @Test
  void theViewFillsItsLocationIntoTheBody() throws Exception {
    hoopAi.enqueueExample("voidInvoice");

    hoopAi.client().forLocation("locXYZ").invoices().voidInvoice("6578278e879ad2646715ba9c");

    assertThat(bodyOf(hoopAi.takeRequest()).toString()).isEqualTo("{\"altId\":\"locXYZ\",\"altType\":\"location\"}");
  }

  @Test
  void theViewNeverModifiesTheCallersBody() throws Exception {
    hoopAi.enqueueExample("createInvoice");
    CreateInvoiceRequest body = SpecExamples.request("createInvoice", CreateInvoiceRequest.class).altId(null);

    hoopAi.client().forLocation("locXYZ").invoices().createInvoice(body);

    assertThat(bodyOf(hoopAi.takeRequest()).get("altId").asText()).isEqualTo("locXYZ");
    assertThat(body.getAltId()).isNull();
  }

  @Test
  void aBodyOrParamsForAnotherLocationAreRefusedBeforeSending() {
    CreateInvoiceRequest other = SpecExamples.request("createInvoice", CreateInvoiceRequest.class)
        .altId("someOtherLocation");

    assertThatThrownBy(() -> hoopAi.client().forLocation("locXYZ").invoices().createInvoice(other))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("createInvoice: body.altId 'someOtherLocation' differs from this view's location 'locXYZ'");
    assertThatThrownBy(() -> hoopAi.client().forLocation("locXYZ").invoices()
            .listInvoices(ListInvoicesParams.builder().altId("someOtherLocation").build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("listInvoices: params.altId 'someOtherLocation' differs from this view's location 'locXYZ'");
    assertThat(hoopAi.requestCount()).isZero();
  }

  @Test
  void aBodyAlreadyNamingTheViewsLocationIsSentAsIs() throws Exception {
    hoopAi.enqueueExample("createInvoice");

    hoopAi.client().forLocation(LOCATION).invoices()
        .createInvoice(SpecExamples.request("createInvoice", CreateInvoiceRequest.class).altId(LOCATION));

    assertThat(bodyOf(hoopAi.takeRequest()).get("altId").asText()).isEqualTo(LOCATION);
  }

  @Test
  void eachGroupOfTheViewIsBoundToTheLocation() throws Exception {
    LocationClient view = hoopAi.client().forLocation("locXYZ");
    hoopAi.enqueueExample("generateEstimateNumber");
    hoopAi.enqueueExample("getInvoiceTemplate");
    hoopAi.enqueueExample("getInvoiceSchedule");
    hoopAi.enqueueExample("previewEstimateTemplate");

    view.estimates().generateEstimateNumber();
    view.invoiceTemplates().getInvoiceTemplate("t1");
    view.invoiceSchedules().getInvoiceSchedule("s1");
    view.estimateTemplates().previewEstimateTemplate(PreviewEstimateTemplateParams.builder().templateId("t2").build());

    for (int i = 0; i < 4; i++) {
      assertThat(hoopAi.takeRequest().getUrl().queryParameter("altId")).isEqualTo("locXYZ");
    }
    assertThat(view.locationId()).isEqualTo("locXYZ");
  }

  @Test
  void aListWithoutParamsSendsTheDefaultPage() throws Exception {
    hoopAi.enqueueExample("listInvoices");

    hoopAi.client().forLocation("locXYZ").invoices().listInvoices();

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("100");
    assertThat(request.getUrl().queryParameter("offset")).isEqualTo("0");
    assertThat(request.getUrl().queryParameter("altId")).isEqualTo("locXYZ");
    assertThatThrownBy(() -> hoopAi.client().forLocation("locXYZ").estimateTemplates().previewEstimateTemplate(null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("previewEstimateTemplate: params are required");
  }

  @Test
  void aViewNeedsALocation() {
    assertThatThrownBy(() -> hoopAi.client().forLocation(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("locationId must not be null or blank");
  }

  @Test
  void theViewsBodyBindingUsesTheSpecsLocationScopedModels() {
    assertThat(SpecExamples.request("createInvoice", com.hoopai.invoices.model.CreateInvoiceRequest.class))
        .isInstanceOf(LocationScoped.class);
  }
}
