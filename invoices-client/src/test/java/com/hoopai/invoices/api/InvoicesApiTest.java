package com.hoopai.invoices.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.support.MockServerTest;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceStatus;
import java.math.BigDecimal;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Every operation of {@link InvoicesApi} over real HTTP: what the server saw, and what the caller got. */
class InvoicesApiTest extends MockServerTest {

  @Test
  void createInvoicePostsTheBodyAndDecodesTheInvoice() throws Exception {
    enqueueExample("createInvoice");
    CreateInvoiceRequest body = SpecExamples.request("createInvoice", CreateInvoiceRequest.class);

    Invoice invoice = client.invoices().createInvoice(body);

    RecordedRequest request = takeRequest();
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
}
