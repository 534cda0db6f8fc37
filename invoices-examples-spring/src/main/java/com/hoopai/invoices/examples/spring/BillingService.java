package com.hoopai.invoices.examples.spring;

import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.model.BusinessDetails;
import com.hoopai.invoices.model.ContactDetails;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.Discount;
import com.hoopai.invoices.model.DiscountType;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceItem;
import com.hoopai.invoices.model.InvoiceSortField;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.ItemTax;
import com.hoopai.invoices.model.ItemType;
import com.hoopai.invoices.model.ListInvoicesParams;
import com.hoopai.invoices.model.RecordPaymentMode;
import com.hoopai.invoices.model.RecordPaymentRequest;
import com.hoopai.invoices.model.SendAction;
import com.hoopai.invoices.model.SendInvoiceRequest;
import com.hoopai.invoices.model.SentTo;
import com.hoopai.invoices.model.SortOrder;
import com.hoopai.invoices.model.TaxCalculation;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The billing workflow on the autowired {@link InvoicesApi}: invoice a customer, send the invoice, record a
 * partial then a full payment, list the paid invoices page by page. It prints what happens as it goes.
 */
@Component
public class BillingService {

  /**
   * What the workflow did, as the API last answered it.
   *
   * @param invoice the invoice that was sent and paid in two payments
   * @param paidInvoices every paid invoice of the location, listed page by page
   */
  public record Outcome(Invoice invoice, List<Invoice> paidInvoices) {
  }

  private final InvoicesApi invoices;
  private final BillingProperties billing;
  private final PrintStream out = System.out;

  /**
   * The service.
   *
   * @param invoices the API, configured by the starter from {@code hoopai.invoices.*}
   * @param billing where to work and whom to bill, from {@code billing.*}
   */
  @Autowired
  public BillingService(InvoicesApi invoices, BillingProperties billing) {
    this.invoices = invoices;
    this.billing = billing;
  }

  /**
   * Runs every step.
   *
   * @return the paid invoice and the paid invoices of the location
   * @throws IllegalStateException if {@code billing.location-id} or {@code billing.contact-id} is not set
   */
  public Outcome run() {
    String location = required(billing.locationId(), "billing.location-id (HOOPAI_LOCATION_ID)");
    String contactId = required(billing.contactId(), "billing.contact-id (HOOPAI_CONTACT_ID)");

    Invoice draft = invoices.createInvoice(new CreateInvoiceRequest()
        .altId(location)
        .name("Water heater replacement")
        .businessDetails(new BusinessDetails().name("Northwind Plumbing LLC").phoneNo("+1-214-559-6993"))
        .currency("USD")
        .addItemsItem(item("Water heater installation", "850.00", "1").addTaxesItem(new ItemTax()
            .id("texas-sales-tax").name("Texas Sales Tax").rate(new BigDecimal("8.25"))
            .calculation(TaxCalculation.EXCLUSIVE)))
        .addItemsItem(item("Service call", "125.50", "2"))
        .discount(new Discount().type(DiscountType.FIXED).value(new BigDecimal("50.00")))
        .contactDetails(new ContactDetails().id(contactId).name(billing.contactName()).email(billing.contactEmail()))
        .sentTo(new SentTo().addEmailItem(billing.contactEmail()))
        .issueDate(today())
        .dueDate(today().plusDays(14))
        .liveMode(billing.liveMode()));
    out.printf("Created draft %s \"%s\" for %s: %s%n", number(draft), draft.getName(), billing.contactName(),
        money(draft.getTotal(), draft.getCurrency()));

    Invoice sent = invoices.sendInvoice(draft.getId(), new SendInvoiceRequest()
        .altId(location)
        .userId("hoopai-sdk-example").action(SendAction.SEND_MANUALLY).liveMode(billing.liveMode())).getInvoice();
    out.printf("Sent it (marked as sent, no message to the customer): %s%n", sent.getStatus());

    Invoice partly = pay(location, sent, RecordPaymentMode.CASH, new BigDecimal("500.00"), "Deposit in cash");
    Invoice paid = pay(location, partly, RecordPaymentMode.BANK_TRANSFER, partly.getAmountDue(),
        "Balance by bank transfer");

    ListInvoicesParams newestPaidFirst = ListInvoicesParams.builder()
        .altId(location)
        .status(InvoiceStatus.PAID)
        .sortField(InvoiceSortField.ISSUE_DATE)
        .sortOrder(SortOrder.DESCEND)
        .limit(25)
        .build();
    List<Invoice> paidInvoices = invoices.listInvoicesAutoPaging(newestPaidFirst).toList();
    BigDecimal collected = paidInvoices.stream().map(Invoice::getAmountPaid).reduce(BigDecimal.ZERO, BigDecimal::add);
    out.printf("Paid invoices of the location (read 25 per page): %d, %s collected%n", paidInvoices.size(),
        money(collected));
    return new Outcome(paid, paidInvoices);
  }

  private Invoice pay(String location, Invoice invoice, RecordPaymentMode mode, BigDecimal amount, String notes) {
    Invoice after = invoices.recordInvoicePayment(invoice.getId(), new RecordPaymentRequest()
        .altId(location)
        .mode(mode).amount(amount).notes(notes)).getInvoice();
    out.printf("Recorded a %s payment of %s: %s, %s due%n", mode.getValue().replace('_', ' '), money(amount),
        after.getStatus(), money(after.getAmountDue()));
    return after;
  }

  private static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(what + " is not set: the example needs a location and a contact of it to"
          + " bill when HOOPAI_ACCESS_TOKEN is set. Unset HOOPAI_ACCESS_TOKEN to use the sandbox.");
    }
    return value;
  }

  private static InvoiceItem item(String name, String amount, String qty) {
    return new InvoiceItem().name(name).currency("USD").amount(new BigDecimal(amount)).qty(new BigDecimal(qty))
        .type(ItemType.ONE_TIME);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private static String number(Invoice invoice) {
    return (invoice.getInvoiceNumberPrefix() == null ? "" : invoice.getInvoiceNumberPrefix())
        + invoice.getInvoiceNumber();
  }

  private static String money(BigDecimal amount) {
    return String.format(Locale.US, "%,.2f", amount);
  }

  private static String money(BigDecimal amount, String currency) {
    return money(amount) + " " + currency;
  }
}
