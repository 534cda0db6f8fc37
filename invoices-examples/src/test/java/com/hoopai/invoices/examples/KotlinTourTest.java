package com.hoopai.invoices.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.sandbox.HoopAiSandbox;
import com.hoopai.invoices.sandbox.HoopAiSandboxTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The Kotlin program, compiled in this build, run against the sandbox. */
@HoopAiSandboxTest
class KotlinTourTest {

  @Test
  void billsTwiceCollectsOnceAndReportsWhatIsOutstanding(LocationClient hoopai, HoopAiSandbox sandbox) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    TourResult result = KotlinTour.runTour(hoopai, Customer.SANDBOX, true,
        new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(result.getPaid().getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(result.getPaid().getTotal()).isEqualByComparingTo("239.85");   // 180 + 8.25% + 45
    assertThat(result.getOpen().getStatus()).isEqualTo(InvoiceStatus.SENT);
    assertThat(result.getCollected()).isEqualByComparingTo("239.85");
    assertThat(result.getOutstanding()).singleElement().asString().startsWith("INV-2 75.00 USD due");
    assertThat(sandbox.records().invoices()).extracting(i -> i.getStatus())
        .containsExactly(InvoiceStatus.PAID, InvoiceStatus.SENT);
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Collected from Alex Morgan");
  }

  @Test
  void lineItemsReadNaturallyWithNamedArgumentsAndDefaults() {
    var item = KotlinTour.lineItem("Radiator bleed", "12.50", 6, null);

    assertThat(item.getQty()).isEqualByComparingTo("6");
    assertThat(item.getTaxes()).isNull();
    assertThat(KotlinTour.lineItem("Boiler service", "180.00", 1, "8.25").getTaxes()).singleElement()
        .satisfies(tax -> assertThat(tax.getRate()).isEqualByComparingTo("8.25"));
  }
}
