@file:JvmName("ListParams")

package com.hoopai.invoices.examples

import com.hoopai.invoices.api.InvoicesLocationApi
import com.hoopai.invoices.model.Invoice
import com.hoopai.invoices.model.ListInvoicesParams
import kotlin.streams.asSequence

/**
 * [ListInvoicesParams] built in a Kotlin block: every builder method of the params is in scope, so a filter
 * the spec adds later is usable here at once.
 *
 * ```
 * val params = listInvoicesParams { status(InvoiceStatus.PAID); sortOrder(SortOrder.DESCEND); limit(50) }
 * ```
 */
inline fun listInvoicesParams(block: ListInvoicesParams.Builder.() -> Unit): ListInvoicesParams =
    ListInvoicesParams.builder().apply(block).build()

/**
 * Every invoice of this location that matches the params built in [block], as a lazy [Sequence]: one
 * request per page of `limit` invoices, and only as many pages as the pipeline reads.
 *
 * ```
 * val overdue = acme.invoices().invoiceSequence { status(InvoiceStatus.SENT) }
 *     .filter { it.dueDate?.isBefore(LocalDate.now()) == true }
 * ```
 */
inline fun InvoicesLocationApi.invoiceSequence(block: ListInvoicesParams.Builder.() -> Unit = {}): Sequence<Invoice> =
    listInvoicesAutoPaging(listInvoicesParams(block)).asSequence()
