package com.hoopai.invoices.sandbox.support;

import com.hoopai.invoices.model.BusinessDetails;
import com.hoopai.invoices.model.ContactDetails;
import com.hoopai.invoices.model.CreateEstimateRequest;
import com.hoopai.invoices.model.CreateInvoiceRequest;
import com.hoopai.invoices.model.CreateInvoiceScheduleRequest;
import com.hoopai.invoices.model.CreateInvoiceTemplateRequest;
import com.hoopai.invoices.model.Discount;
import com.hoopai.invoices.model.DiscountType;
import com.hoopai.invoices.model.EstimateLineItem;
import com.hoopai.invoices.model.EstimateTemplateRequest;
import com.hoopai.invoices.model.FrequencySettings;
import com.hoopai.invoices.model.InvoiceItem;
import com.hoopai.invoices.model.ItemTax;
import com.hoopai.invoices.model.ItemType;
import com.hoopai.invoices.model.RecordPaymentMode;
import com.hoopai.invoices.model.RecordPaymentRequest;
import com.hoopai.invoices.model.RecurrenceInterval;
import com.hoopai.invoices.model.RecurrenceRule;
import com.hoopai.invoices.model.ScheduleOptions;
import com.hoopai.invoices.model.SendAction;
import com.hoopai.invoices.model.SendEstimateRequest;
import com.hoopai.invoices.model.SendInvoiceRequest;
import com.hoopai.invoices.model.SentTo;
import com.hoopai.invoices.model.TaxCalculation;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Request bodies for the tests: the spec's example invoice (850 + 2 x 125.50, 8.25% tax on the first, 50 off). */
public final class Requests {

  public static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);

  private Requests() {
  }

  public static BusinessDetails business() {
    return new BusinessDetails().name("Northwind Plumbing LLC");
  }

  public static ContactDetails contact() {
    return new ContactDetails().id("AmuzcoPBpgKeccNsFlib").name("Alex Morgan").email("alex.morgan@example.com");
  }

  /** 850 + 2 x 125.50 = 1101 subtotal, 70.125 tax, 50 off: 1121.13. */
  public static CreateInvoiceRequest invoice() {
    return new CreateInvoiceRequest()
        .name("Water heater replacement - Morgan")
        .businessDetails(business())
        .currency("USD")
        .addItemsItem(heater())
        .addItemsItem(serviceCall())
        .discount(new Discount().type(DiscountType.FIXED).value(new BigDecimal("50")))
        .contactDetails(contact())
        .issueDate(ISSUED)
        .dueDate(ISSUED.plusDays(14))
        .sentTo(new SentTo().addEmailItem("alex.morgan@example.com"))
        .liveMode(true);
  }

  public static InvoiceItem heater() {
    return new InvoiceItem().name("Water heater installation").currency("USD").amount(new BigDecimal("850"))
        .qty(BigDecimal.ONE).type(ItemType.ONE_TIME)
        .addTaxesItem(new ItemTax().id("6578279b879ad2646715baa4").name("Texas Sales Tax")
            .rate(new BigDecimal("8.25")).calculation(TaxCalculation.EXCLUSIVE));
  }

  public static InvoiceItem serviceCall() {
    return new InvoiceItem().name("Service call").currency("USD").amount(new BigDecimal("125.50"))
        .qty(new BigDecimal("2")).type(ItemType.ONE_TIME);
  }

  public static SendInvoiceRequest send() {
    return new SendInvoiceRequest().userId("user-1").action(SendAction.SEND_MANUALLY).liveMode(true);
  }

  public static RecordPaymentRequest payment(String amount) {
    RecordPaymentRequest payment = new RecordPaymentRequest().mode(RecordPaymentMode.CASH).notes("Paid at the counter");
    return amount == null ? payment : payment.amount(new BigDecimal(amount));
  }

  public static CreateInvoiceTemplateRequest template() {
    return new CreateInvoiceTemplateRequest().name("Monthly maintenance").businessDetails(business())
        .currency("USD").addItemsItem(serviceCall());
  }

  public static CreateInvoiceScheduleRequest schedule(LocalDate start) {
    return new CreateInvoiceScheduleRequest().name("Monthly maintenance - Morgan").contactDetails(contact())
        .schedule(new ScheduleOptions().rrule(new RecurrenceRule().intervalType(RecurrenceInterval.MONTHLY)
            .interval(1).startDate(start).dayOfMonth(1).count(12).endType("after")))
        .liveMode(true).businessDetails(business()).currency("USD").addItemsItem(serviceCall())
        .discount(new Discount().type(DiscountType.PERCENTAGE).value(BigDecimal.ZERO));
  }

  public static CreateEstimateRequest estimate() {
    return new CreateEstimateRequest().name("Bathroom remodel").title("ESTIMATE").businessDetails(business())
        .currency("USD").addItemsItem(estimateLine("Tiling", "1200.00", "1"))
        .addItemsItem(estimateLine("Fixtures", "280.25", "2"))
        .discount(new Discount().type(DiscountType.PERCENTAGE).value(new BigDecimal("10")))
        .contactDetails(contact()).issueDate(ISSUED).expiryDate(ISSUED.plusDays(30))
        .frequencySettings(new FrequencySettings().enabled(false));
  }

  public static EstimateLineItem estimateLine(String name, String amount, String qty) {
    return new EstimateLineItem().name(name).currency("USD").amount(new BigDecimal(amount)).qty(new BigDecimal(qty))
        .type(ItemType.ONE_TIME);
  }

  public static SendEstimateRequest sendEstimate() {
    return new SendEstimateRequest().action(SendAction.EMAIL).liveMode(true).userId("user-1");
  }

  public static EstimateTemplateRequest estimateTemplate() {
    return new EstimateTemplateRequest().name("Remodel template").businessDetails(business()).currency("USD")
        .addItemsItem(estimateLine("Tiling", "1200.00", "1"))
        .discount(new Discount().type(DiscountType.PERCENTAGE).value(BigDecimal.ZERO));
  }
}
