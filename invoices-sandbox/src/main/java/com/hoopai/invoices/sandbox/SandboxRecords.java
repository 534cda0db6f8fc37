package com.hoopai.invoices.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.hoopai.invoices.model.Estimate;
import com.hoopai.invoices.model.EstimateTemplate;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceSchedule;
import com.hoopai.invoices.model.InvoiceTemplate;
import com.hoopai.invoices.sandbox.server.JsonRecords;
import com.hoopai.invoices.sandbox.server.RecordKind;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's records as the SDK's models, to check what a test's calls did: snapshots, oldest first, of
 * the sandbox's default location unless a location is named. {@link #json()} gives them as the API's JSON.
 *
 * <pre>{@code
 * assertThat(sandbox.records().invoices()).extracting(Invoice::getStatus).containsExactly(InvoiceStatus.SENT);
 * assertThat(sandbox.records().invoice(id)).isPresent();
 * }</pre>
 */
public final class SandboxRecords {

  private final ObjectMapper mapper = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  private final JsonRecords json;
  private final String locationId;

  SandboxRecords(JsonRecords json, String locationId) {
    this.json = json;
    this.locationId = locationId;
  }

  /**
   * The invoices of the sandbox's location.
   *
   * @return a snapshot
   */
  public List<Invoice> invoices() {
    return invoices(locationId);
  }

  /**
   * The invoices of a location.
   *
   * @param locationId the location
   * @return a snapshot
   */
  public List<Invoice> invoices(String locationId) {
    return list(locationId, RecordKind.INVOICES, Invoice.class);
  }

  /**
   * One invoice of any location.
   *
   * @param invoiceId the id
   * @return the invoice as stored now, if it exists
   */
  public Optional<Invoice> invoice(String invoiceId) {
    return json.find(RecordKind.INVOICES, invoiceId).map(node -> mapper.convertValue(node, Invoice.class));
  }

  /**
   * The invoice templates of the sandbox's location.
   *
   * @return a snapshot
   */
  public List<InvoiceTemplate> invoiceTemplates() {
    return list(locationId, RecordKind.INVOICE_TEMPLATES, InvoiceTemplate.class);
  }

  /**
   * The recurring invoice schedules of the sandbox's location, with the invoices they issued.
   *
   * @return a snapshot
   */
  public List<InvoiceSchedule> invoiceSchedules() {
    return list(locationId, RecordKind.INVOICE_SCHEDULES, InvoiceSchedule.class);
  }

  /**
   * The estimates of the sandbox's location.
   *
   * @return a snapshot
   */
  public List<Estimate> estimates() {
    return list(locationId, RecordKind.ESTIMATES, Estimate.class);
  }

  /**
   * The estimate templates of the sandbox's location.
   *
   * @return a snapshot
   */
  public List<EstimateTemplate> estimateTemplates() {
    return list(locationId, RecordKind.ESTIMATE_TEMPLATES, EstimateTemplate.class);
  }

  /**
   * The same records as the API's JSON, and a way to put records in place before a test.
   *
   * @return the JSON view
   */
  public JsonRecords json() {
    return json;
  }

  private <T> List<T> list(String locationId, RecordKind kind, Class<T> type) {
    List<ObjectNode> nodes = json.list(locationId, kind);
    return nodes.stream().map(node -> mapper.convertValue(node, type)).toList();
  }
}
