@file:JvmName("KotlinTour")

package com.hoopai.invoices.examples

import com.hoopai.invoices.client.LocationClient
import com.hoopai.invoices.model.CreateInvoiceRequest
import com.hoopai.invoices.model.Invoice
import com.hoopai.invoices.model.InvoiceItem
import com.hoopai.invoices.model.InvoiceSortField
import com.hoopai.invoices.model.InvoiceStatus
import com.hoopai.invoices.model.ItemTax
import com.hoopai.invoices.model.ItemType
import com.hoopai.invoices.model.RecordPaymentMode
import com.hoopai.invoices.model.RecordPaymentRequest
import com.hoopai.invoices.model.SendAction
import com.hoopai.invoices.model.SendInvoiceRequest
import com.hoopai.invoices.model.SortOrder
import com.hoopai.invoices.model.TaxCalculation
import java.io.PrintStream
import java.math.BigDecimal
import java.time.LocalDate
import java.time.ZoneOffset

/**
 * The SDK from Kotlin: bill a customer twice, take one payment, then read the location back lazily with
 * sequences over the auto-paging lists.
 *
 * ```
 * ./mvnw -q -pl invoices-examples -am compile exec:java -Dexample=com.hoopai.invoices.examples.KotlinTour
 * ```
 */
fun main() {
    try {
        Target.fromEnvironment(System.getenv()).use { target ->
            println("HoopAI from Kotlin, on ${target.describe()}")
            runTour(target.location(), target.customer(), liveMode = target.liveMode())
        }
    } catch (e: IllegalStateException) {
        System.err.println(e.message)
    }
}

/** What the tour did, for its test. */
data class TourResult(val paid: Invoice, val open: Invoice, val collected: BigDecimal, val outstanding: List<String>)

/** Runs the tour in one location; [out] hears about each step. */
fun runTour(
    hoopai: LocationClient,
    customer: Customer,
    liveMode: Boolean = true,
    out: PrintStream = System.out,
): TourResult {
    val invoices = hoopai.invoices()

    // Named arguments and defaults: each line reads like the invoice it prints on.
    val boiler = invoices.createInvoice(
        invoiceFor(customer, "Boiler service", liveMode,
            lineItem("Annual boiler service", amount = "180.00", taxRate = "8.25"),
            lineItem("Call-out", amount = "45.00")),
    )
    val radiators = invoices.createInvoice(
        invoiceFor(customer, "Radiator bleed", liveMode, lineItem("Radiator bleed", amount = "12.50", qty = 6)),
    )
    for (draft in listOf(boiler, radiators)) {
        invoices.sendInvoice(draft.id, SendInvoiceRequest().apply {
            userId = "hoopai-sdk-example"
            action = SendAction.SEND_MANUALLY
            this.liveMode = liveMode
        })
    }
    val paid = invoices.recordInvoicePayment(boiler.id, RecordPaymentRequest().apply {
        mode = RecordPaymentMode.CARD
        notes = "Card terminal on site" // no amount: pays what is due
    }).invoice
    out.println("${paid.label()} ${paid.name}: ${paid.status}, ${paid.amountPaid} ${paid.currency} paid")

    // Sequences over auto-paging: lazy, one request per page, only as far as the pipeline reads.
    // The filters are named builder calls (ListParams.kt), so their order in the spec never matters.
    fun mine(wanted: InvoiceStatus) = invoices.invoiceSequence {
        status(wanted)
        contactId(customer.contactId)
        sortField(InvoiceSortField.ISSUE_DATE)
        sortOrder(SortOrder.DESCEND)
        limit(50)
    }
    val collected = mine(InvoiceStatus.PAID).sumOf { it.amountPaid ?: BigDecimal.ZERO }
    val outstanding = mine(InvoiceStatus.SENT)
        .filter { it.status == InvoiceStatus.SENT }
        .map { "${it.label()} ${it.amountDue} ${it.currency} due ${it.dueDate ?: "on receipt"}" }
        .toList()
    // ?. and ?: for what the API may leave out.
    val reachAt = paid.contactDetails?.email ?: "no email on file"

    out.println("Collected from ${customer.name} <$reachAt>: $collected USD")
    outstanding.forEach { out.println("Outstanding: $it") }
    return TourResult(paid, invoices.getInvoice(radiators.id), collected, outstanding)
}

/** A line item; [taxRate] is an exclusive sales tax in percent, if any. */
fun lineItem(name: String, amount: String, qty: Int = 1, taxRate: String? = null): InvoiceItem =
    InvoiceItem().apply {
        this.name = name
        this.amount = BigDecimal(amount)
        this.qty = qty.toBigDecimal()
        currency = "USD"
        type = ItemType.ONE_TIME
        taxRate?.let { rate ->
            addTaxesItem(ItemTax().id("sales-tax").name("Sales tax").rate(BigDecimal(rate))
                .calculation(TaxCalculation.EXCLUSIVE))
        }
    }

private fun invoiceFor(customer: Customer, name: String, liveMode: Boolean, vararg items: InvoiceItem) =
    CreateInvoiceRequest().apply {
        this.name = name
        currency = "USD"
        businessDetails = com.hoopai.invoices.model.BusinessDetails().name("Northwind Plumbing LLC")
        contactDetails = customer.contactDetails()
        sentTo = customer.sentTo()
        issueDate = LocalDate.now(ZoneOffset.UTC)
        dueDate = issueDate.plusDays(14)
        this.liveMode = liveMode
        this.items = items.toList()
    }

private fun Invoice.label() = "${invoiceNumberPrefix.orEmpty()}$invoiceNumber"
