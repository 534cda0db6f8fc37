package com.hoopai.invoices.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.support.MockServerTest;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.LocationRef;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** A location-bound view fills in altId, in the query or the body, and refuses a body for another one. */
class LocationClientTest extends MockServerTest {

  @Test
  void theViewSendsItsLocationInTheQuery() throws Exception {
    enqueueExample("getInvoice");

    client.forLocation("locXYZ").invoices().getInvoice("6578278e879ad2646715ba9c");

    RecordedRequest request = takeRequest();
    assertThat(request.getUrl().queryParameter("altId")).isEqualTo("locXYZ");
    assertThat(request.getUrl().queryParameter("altType")).isEqualTo("location");
  }

  @Test
  void theViewFillsItsLocationIntoTheBody() throws Exception {
    enqueueExample("voidInvoice");

    client.forLocation("locXYZ").invoices().voidInvoice("6578278e879ad2646715ba9c", new LocationRef());

    assertThat(bodyOf(takeRequest()).toString()).isEqualTo("{\"altId\":\"locXYZ\",\"altType\":\"location\"}");
  }

  @Test
  void aBodyForAnotherLocationIsRefusedBeforeSending() {
    LocationRef other = new LocationRef().altId("someOtherLocation");

    assertThatThrownBy(() -> client.forLocation("locXYZ").invoices().voidInvoice("inv1", other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("body.altId 'someOtherLocation' differs from this view's location 'locXYZ'");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aBodyAlreadyNamingTheViewsLocationIsSentAsIs() throws Exception {
    enqueueExample("voidInvoice");

    client.forLocation(LOCATION).invoices().voidInvoice("inv1", new LocationRef().altId(LOCATION));

    assertThat(bodyOf(takeRequest()).get("altId").asText()).isEqualTo(LOCATION);
  }

  @Test
  void eachGroupOfTheViewIsBoundToTheLocation() throws Exception {
    LocationClient view = client.forLocation("locXYZ");
    enqueueExample("generateEstimateNumber");
    enqueueExample("getInvoiceTemplate");
    enqueueExample("getInvoiceSchedule");
    enqueueExample("previewEstimateTemplate");

    view.estimates().generateEstimateNumber();
    view.invoiceTemplates().getInvoiceTemplate("t1");
    view.invoiceSchedules().getInvoiceSchedule("s1");
    view.estimateTemplates().previewEstimateTemplate("t2");

    for (int i = 0; i < 4; i++) {
      assertThat(takeRequest().getUrl().queryParameter("altId")).isEqualTo("locXYZ");
    }
    assertThat(view.locationId()).isEqualTo("locXYZ");
  }

  @Test
  void aViewNeedsALocation() {
    assertThatThrownBy(() -> client.forLocation(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("locationId must not be null or blank");
  }

  @Test
  void theViewsBodyBindingUsesTheSpecsLocationScopedModels() {
    assertThat(SpecExamples.request("createInvoice", com.hoopai.invoices.model.CreateInvoiceRequest.class))
        .isInstanceOf(LocationScoped.class);
  }
}
