package com.hoopai.invoices.examples;

import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.client.errors.HoopAiException;
import com.hoopai.invoices.model.BusinessDetails;
import com.hoopai.invoices.model.CreateEstimateRequest;
import com.hoopai.invoices.model.CreateInvoiceFromEstimateRequest;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.CreateInvoiceScheduleRequest;
import com.hoopai.invoices.model.CreateInvoiceTemplateRequest;
import com.hoopai.invoices.model.Discount;
import com.hoopai.invoices.model.DiscountType;
import com.hoopai.invoices.model.Estimate;
import com.hoopai.invoices.model.EstimateInvoiceConversion;
import com.hoopai.invoices.model.EstimateLineItem;
import com.hoopai.invoices.model.FrequencySettings;
import com.hoopai.invoices.model.Invoice;
import com.hoopai.invoices.model.InvoiceItem;
import com.hoopai.invoices.model.InvoiceSchedule;
import com.hoopai.invoices.model.InvoiceSortField;
import com.hoopai.invoices.model.InvoiceStatus;
import com.hoopai.invoices.model.InvoiceTemplate;
import com.hoopai.invoices.model.ItemTax;
import com.hoopai.invoices.model.ItemType;
import com.hoopai.invoices.model.ListInvoicesParams;
import com.hoopai.invoices.model.RecordPaymentMode;
import com.hoopai.invoices.model.RecordPaymentRequest;
import com.hoopai.invoices.model.RecurrenceInterval;
import com.hoopai.invoices.model.RecurrenceRule;
import com.hoopai.invoices.model.ScheduleInvoiceScheduleRequest;
import com.hoopai.invoices.model.ScheduleOptions;
import com.hoopai.invoices.model.SendAction;
import com.hoopai.invoices.model.SendEstimateRequest;
import com.hoopai.invoices.model.SendInvoiceRequest;
import com.hoopai.invoices.model.SortOrder;
import com.hoopai.invoices.model.TaxCalculation;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * A complete billing workflow: invoice a customer, send the invoice, record a partial then a full payment,
 * list the paid invoices (auto-paging); set up monthly billing from a template; quote with an estimate,
 * send it and turn it into an invoice. It prints what happened as it goes.
 *
 * <p>It runs against the embedded sandbox by default; with {@code HOOPAI_ACCESS_TOKEN},
 * {@code HOOPAI_LOCATION_ID} and {@code HOOPAI_CONTACT_ID} set, against HoopAI itself, in test mode,
 * sending nothing to the contact ({@code send_manually}) and cancelling the schedule at the end.
 *
 * <pre>{@code
 * ./mvnw -q -pl invoices-examples -am compile exec:java
 *
 * BillingWorkflow.Outcome outcome = new BillingWorkflow(location, customer, true, System.out).run();
 * outcome.invoice().getStatus();   // PAID
 * }</pre>
 */
public final class BillingWorkflow {

  private final LocationClient hoopai;
  private final Customer customer;
  private final boolean liveMode;
  private final PrintStream out;

  /**
   * What the workflow created, as the API last answered it.
   *
   * @param invoice the invoice that was sent and paid in two payments
   * @param paidInvoices every paid invoice of the location, listed page by page
   * @param template the invoice template
   * @param schedule the monthly schedule made from it, once scheduled (cancelled on the real API)
   * @param estimate the estimate, after its conversion
   * @param invoiceFromEstimate the invoice the estimate became
   */
  public record Outcome(Invoice invoice, List<Invoice> paidInvoices, InvoiceTemplate template, InvoiceSchedule schedule,
      Estimate estimate, Invoice invoiceFromEstimate) {
  }

  /**
   * A workflow in one location.
   *
   * @param hoopai the location to work in
   * @param customer whom to bill
   * @param liveMode whether records are live ({@code false}: test mode, no real money)
   * @param out where to tell what happens
   */
  public BillingWorkflow(LocationClient hoopai, Customer customer, boolean liveMode, PrintStream out) {
    this.hoopai = hoopai;
    this.customer = customer;
    this.liveMode = liveMode;
    this.out = out;
  }

  /**
   * Runs the workflow on the sandbox, or on HoopAI when the environment says so (see the class comment).
   *
   * @param args unused
   */
  public static void main(String[] args) {
    long started = System.nanoTime();
    try (Target target = Target.fromEnvironment(System.getenv())) {
      System.out.println("HoopAI billing workflow, on " + target.describe());
      Outcome outcome = new BillingWorkflow(target.location(), target.customer(), target.liveMode(), System.out)
          .run();
      if (!target.isSandbox()) {
        target.location().invoiceSchedules().cancelInvoiceSchedule(outcome.schedule().getId());
        System.out.println("Cancelled the schedule again, so the example leaves no recurring billing behind.");
      }
      System.out.printf("Done in %.1f s.%n", (System.nanoTime() - started) / 1e9);
    } catch (IllegalStateException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    } catch (HoopAiException e) {
      System.err.println("HoopAI refused a request: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Runs every step.
   *
   * @return what was created
   */
  public Outcome run() {
    Invoice invoice = invoiceAndGetPaid();
    List<Invoice> paid = listPaidInvoices();
    InvoiceTemplate template = createTemplate();
    InvoiceSchedule schedule = scheduleMonthlyBilling(template);
    EstimateInvoiceConversion conversion = quoteAndConvert();
    return new Outcome(invoice, paid, template, schedule, conversion.getEstimate(), conversion.getInvoice());
  }

  private Invoice invoiceAndGetPaid() {
    out.println("\n1. One-off invoice");
    Invoice draft = hoopai.invoices().createInvoice(new CreateInvoiceRequest()
        .name("Water heater replacement")
        .businessDetails(business())
        .currency("USD")
        .addItemsItem(item("Water heater installation", "850.00", "1").addTaxesItem(salesTax()))
        .addItemsItem(item("Service call", "125.50", "2"))
        .discount(new Discount().type(DiscountType.FIXED).value(new BigDecimal("50.00")))
        .contactDetails(customer.contactDetails())
        .sentTo(customer.sentTo())
        .issueDate(today())
        .dueDate(today().plusDays(14))
        .liveMode(liveMode));
    out.printf("   Created draft %s \"%s\" for %s: %s (subtotal %s, discount %s, tax %s)%n", number(draft),
        draft.getName(), customer.name(), money(draft.getTotal(), draft.getCurrency()),
        money(draft.getTotalSummary().getSubTotal()), money(draft.getTotalSummary().getDiscount()),
        money(draft.getTotalSummary().getTax()));

    Invoice sent = hoopai.invoices().sendInvoice(draft.getId(), new SendInvoiceRequest()
        .userId("hoopai-sdk-example").action(SendAction.SEND_MANUALLY).liveMode(liveMode)).getInvoice();
    out.printf("   Sent it (marked as sent, no message to the customer): %s%n", sent.getStatus());

    Invoice partly = pay(sent, RecordPaymentMode.CASH, new BigDecimal("500.00"), "Deposit in cash");
    Invoice paid = pay(partly, RecordPaymentMode.BANK_TRANSFER, partly.getAmountDue(), "Balance by bank transfer");
    return paid;
  }

  private Invoice pay(Invoice invoice, RecordPaymentMode mode, BigDecimal amount, String notes) {
    Invoice after = hoopai.invoices().recordInvoicePayment(invoice.getId(), new RecordPaymentRequest()
        .mode(mode).amount(amount).notes(notes)).getInvoice();
    out.printf("   Recorded a %s payment of %s: %s, %s due%n", mode.getValue().replace('_', ' '), money(amount),
        after.getStatus(), money(after.getAmountDue()));
    return after;
  }

  private List<Invoice> listPaidInvoices() {
    ListInvoicesParams newestPaidFirst = ListInvoicesParams.builder()
        .status(InvoiceStatus.PAID)
        .sortField(InvoiceSortField.ISSUE_DATE)
        .sortOrder(SortOrder.DESCEND)
        .limit(25)
        .build();
    List<Invoice> paid = hoopai.invoices().listInvoicesAutoPaging(newestPaidFirst).toList();
    BigDecimal collected = paid.stream().map(Invoice::getAmountPaid).reduce(BigDecimal.ZERO, BigDecimal::add);
    out.printf("   Paid invoices of the location (read 25 per page): %d, %s collected%n", paid.size(),
        money(collected));
    paid.stream().limit(5).forEach(i -> out.printf("     %-10s %-28s %12s%n", number(i), i.getName(),
        money(i.getTotal(), i.getCurrency())));
    return paid;
  }

  private InvoiceTemplate createTemplate() {
    out.println("\n2. Monthly billing");
    InvoiceTemplate template = hoopai.invoiceTemplates().createInvoiceTemplate(new CreateInvoiceTemplateRequest()
        .name("Monthly maintenance plan")
        .businessDetails(business())
        .currency("USD")
        .addItemsItem(item("Maintenance visit", "89.00", "1").addTaxesItem(salesTax()))
        .addItemsItem(item("Filter replacement", "15.50", "2"))
        .termsNotes("<p>Billed on the 1st of each month.</p>"));
    out.printf("   Created template \"%s\": %s a month%n", template.getName(),
        money(template.getTotal(), template.getCurrency()));
    return template;
  }

  private InvoiceSchedule scheduleMonthlyBilling(InvoiceTemplate template) {
    LocalDate firstOfNextMonth = today().with(TemporalAdjusters.firstDayOfNextMonth());
    // A schedule is its own copy of the content: the template's lines, discount and terms go into it.
    InvoiceSchedule schedule = hoopai.invoiceSchedules().createInvoiceSchedule(new CreateInvoiceScheduleRequest()
        .name(template.getName() + " - " + customer.name())
        .contactDetails(customer.contactDetails())
        .schedule(new ScheduleOptions().rrule(new RecurrenceRule()
            .intervalType(RecurrenceInterval.MONTHLY).interval(1).dayOfMonth(1)
            .startDate(firstOfNextMonth).count(12).endType("after")))
        .liveMode(liveMode)
        .businessDetails(template.getBusinessDetails())
        .currency(template.getCurrency())
        .items(template.getItems())
        .discount(template.getDiscount() != null ? template.getDiscount()
            : new Discount().type(DiscountType.PERCENTAGE).value(BigDecimal.ZERO))
        .termsNotes(template.getTermsNotes()));
    out.printf("   Created a monthly schedule from it, 12 invoices from %s: %s%n", firstOfNextMonth,
        schedule.getStatus());
    InvoiceSchedule active = hoopai.invoiceSchedules().scheduleInvoiceSchedule(schedule.getId(),
        new ScheduleInvoiceScheduleRequest().liveMode(liveMode));
    out.printf("   Scheduled it: %s, first invoice on %s%n", active.getStatus(), firstOfNextMonth);
    return active;
  }

  private EstimateInvoiceConversion quoteAndConvert() {
    out.println("\n3. Estimate");
    Estimate estimate = hoopai.estimates().createEstimate(new CreateEstimateRequest()
        .name("Bathroom remodel")
        .title("ESTIMATE")
        .businessDetails(business())
        .currency("USD")
        .addItemsItem(estimateLine("Tiling, 12 m2", "1200.00", "1"))
        .addItemsItem(estimateLine("Fixtures", "280.25", "2"))
        .discount(new Discount().type(DiscountType.PERCENTAGE).value(new BigDecimal("10")))
        .contactDetails(customer.contactDetails())
        .issueDate(today())
        .expiryDate(today().plusDays(30))
        .liveMode(liveMode)
        // A one-off estimate: the API insists on frequencySettings, {enabled: false} is enough.
        .frequencySettings(new FrequencySettings().enabled(false)));
    out.printf("   Created estimate %s%s \"%s\": %s%n", estimate.getEstimateNumberPrefix(), estimate.getEstimateNumber(),
        estimate.getName(), money(estimate.getTotal(), estimate.getCurrency()));

    Estimate sent = hoopai.estimates().sendEstimate(estimate.getId(), new SendEstimateRequest()
        .action(SendAction.SEND_MANUALLY).liveMode(liveMode).userId("hoopai-sdk-example"));
    out.printf("   Sent it: %s%n", sent.getEstimateStatus());

    EstimateInvoiceConversion conversion = hoopai.estimates().createInvoiceFromEstimate(estimate.getId(),
        new CreateInvoiceFromEstimateRequest().markAsInvoiced(true));
    Invoice invoice = conversion.getInvoice();
    out.printf("   Converted it into invoice %s (%s, %s); the estimate is now %s%n", number(invoice),
        invoice.getStatus(), money(invoice.getTotal(), invoice.getCurrency()),
        conversion.getEstimate().getEstimateStatus());
    return conversion;
  }

  private static BusinessDetails business() {
    return new BusinessDetails().name("Northwind Plumbing LLC").phoneNo("+1-214-559-6993");
  }

  private static InvoiceItem item(String name, String amount, String qty) {
    return new InvoiceItem().name(name).currency("USD").amount(new BigDecimal(amount)).qty(new BigDecimal(qty))
        .type(ItemType.ONE_TIME);
  }

  private static EstimateLineItem estimateLine(String name, String amount, String qty) {
    return new EstimateLineItem().name(name).currency("USD").amount(new BigDecimal(amount))
        .qty(new BigDecimal(qty)).type(ItemType.ONE_TIME);
  }

  private static ItemTax salesTax() {
    return new ItemTax().id("texas-sales-tax").name("Texas Sales Tax").rate(new BigDecimal("8.25"))
        .calculation(TaxCalculation.EXCLUSIVE);
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
