package com.hoopai.invoices.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.model.ListInvoicesParams;
import com.hoopai.invoices.sandbox.support.Requests;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(HoopAiSandboxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HoopAiSandboxExtensionTest {

  @Test
  @Order(1)
  void injectsTheSandboxAndClientsAimedAtIt(HoopAiSandbox sandbox, InvoicesClient client, LocationClient location) {
    assertThat(client).isSameAs(sandbox.client());
    assertThat(client.baseUrl()).isEqualTo(sandbox.baseUrl());
    assertThat(location.locationId()).isEqualTo(HoopAiSandbox.DEFAULT_LOCATION_ID);
    location.invoices().createInvoice(Requests.invoice());
    assertThat(sandbox.records().invoices()).hasSize(1);
  }

  @Test
  @Order(2)
  void eachTestStartsFromAnEmptySandbox(HoopAiSandbox sandbox) {
    assertThat(sandbox.records().invoices()).isEmpty();
    assertThat(sandbox.requests().take(java.time.Duration.ZERO)).as("requests of the last test dropped").isNull();
  }

  @Nested
  class NestedClasses {

    @Test
    void shareTheOuterSandbox(HoopAiSandbox sandbox, LocationClient location) {
      assertThat(location.locationId()).isEqualTo(sandbox.locationId());
      assertThat(sandbox.records().invoices()).isEmpty();
    }
  }

  @Nested
  @HoopAiSandboxTest(locationId = "ve9EPM428h8vShlRW1KT", resetBetweenTests = false)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class TheAnnotation {

    @Test
    @Order(1)
    void bindsTheInjectedLocationClient(LocationClient location) {
      assertThat(location.locationId()).isEqualTo("ve9EPM428h8vShlRW1KT");
      location.invoices().createInvoice(Requests.invoice());
    }

    @Test
    @Order(2)
    void canKeepStateBetweenTests(LocationClient location) {
      assertThat(location.invoices().listInvoices(ListInvoicesParams.builder().limit(10).build()).getTotal())
          .isEqualTo(1);
    }
  }
}
