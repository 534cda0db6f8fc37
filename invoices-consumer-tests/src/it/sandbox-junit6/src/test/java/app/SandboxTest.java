package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.model.BusinessDetails;
import com.hoopai.invoices.model.ContactDetails;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceItem;
import com.hoopai.invoices.model.SentTo;
import com.hoopai.invoices.sandbox.HoopAiSandbox;
import com.hoopai.invoices.sandbox.HoopAiSandboxTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The sandbox's JUnit extension on the application's JUnit: a client injected, an invoice created. */
@HoopAiSandboxTest
class SandboxTest {

  @Test
  void createsAnInvoiceOnTheSandbox(LocationClient hoopai, HoopAiSandbox sandbox) {
    Invoice draft = hoopai.invoices().createInvoice(new CreateInvoiceRequest()
        .name("March retainer")
        .currency("USD")
        .issueDate(LocalDate.of(2026, 3, 1))
        .liveMode(true)
        .businessDetails(new BusinessDetails().name("Northwind Plumbing LLC"))
        .contactDetails(new ContactDetails().id("AmuzcoPBpgKeccNsFlib").name("Alex Morgan")
            .email("alex@example.com"))
        .sentTo(new SentTo().addEmailItem("alex@example.com"))
        .addItemsItem(new InvoiceItem().name("Retainer").currency("USD")
            .amount(new BigDecimal("1250.00")).qty(BigDecimal.ONE)));

    assertEquals(1, sandbox.records().invoices().size());
    assertEquals(draft.getId(), sandbox.records().invoices().get(0).getId());
  }
}
