package com.hoopai.invoices.api;

import static com.hoopai.invoices.client.support.HoopAiMock.LOCATION;
import static com.hoopai.invoices.client.support.HoopAiMock.TOKEN;
import static com.hoopai.invoices.client.support.HoopAiMock.bodyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.hoopai.invoices.client.RequestOptions;
import com.hoopai.invoices.client.support.HoopAiMock;
import com.hoopai.invoices.client.support.SpecExamples;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.GetInvoiceParams;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceList;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.ListInvoicesParams;
import com.hoopai.invoices.model.SortOrder;
import feign.Feign;
import java.nio.charset.StandardCharsets;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The generated interfaces are plain Feign interfaces: stock Feign, with nothing of the SDK's runtime, sends
 * the same requests (path ids as one segment, params as the query, bodies as JSON).
 */
class StockFeignTest {

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  private InvoicesApi stock() {
    return Feign.builder()
        .encoder((body, type, template) -> template.body(write(body), StandardCharsets.UTF_8))
        .decoder((response, type) -> JSON.readValue(response.body().asInputStream(), JSON.constructType(type)))
        .requestInterceptor(template -> template.header("Authorization", "Bearer " + TOKEN)
            .header("Version", "2021-07-28"))
        .target(InvoicesApi.class, hoopAi.server().url("/").toString());
  }

  @Test
  void aGetWithPathIdAndParamsGoesThroughStockFeign() throws Exception {
    hoopAi.enqueueExample("getInvoice");

    Invoice invoice = stock().getInvoice("a/b c", GetInvoiceParams.builder().altId(LOCATION).build());

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/invoices/a%2Fb%20c");
    assertThat(request.getUrl().queryParameter("altType")).isEqualTo("location");
    assertThat(request.getUrl().queryParameter("altId")).isEqualTo(LOCATION);
    assertThat(invoice.getId()).isEqualTo("6578278e879ad2646715ba9c");
  }

  @Test
  void aListSendsEveryParamUnderItsOwnName() throws Exception {
    hoopAi.enqueueExample("listInvoices");

    InvoiceList page = stock().listInvoices(ListInvoicesParams.builder().altId(LOCATION).status(InvoiceStatus.PAID)
        .contactId("contact-42").search("Morgan").sortOrder(SortOrder.DESCEND).limit(20).build());

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getUrl().queryParameter("status")).isEqualTo("paid");
    assertThat(request.getUrl().queryParameter("contactId")).isEqualTo("contact-42");
    assertThat(request.getUrl().queryParameter("search")).isEqualTo("Morgan");
    assertThat(request.getUrl().queryParameter("sortOrder")).isEqualTo("descend");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("20");
    assertThat(request.getUrl().queryParameter("offset")).isEqualTo("0");
    assertThat(page.getInvoices()).isNotEmpty();
  }

  @Test
  void aBodyIsPostedAsJson() throws Exception {
    hoopAi.enqueueExample("createInvoice");

    stock().createInvoice(SpecExamples.request("createInvoice", CreateInvoiceRequest.class));

    RecordedRequest request = hoopAi.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(bodyOf(request)).isEqualTo(SpecExamples.operation("createInvoice").requestExample());
  }

  @Test
  void theSdksViewsSayTheyNeedTheSdk() {
    assertThatThrownBy(() -> stock().withOptions(RequestOptions.none()))
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("InvoicesClient");
    assertThatThrownBy(() -> stock().withRawResponse())
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("InvoicesClient");
  }

  private static byte[] write(Object body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
