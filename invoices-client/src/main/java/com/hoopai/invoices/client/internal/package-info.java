/**
 * The client's wiring: proxies and request plans, the OkHttp transport, JSON codecs, error decoding, retries,
 * pacing, logging and paging.
 *
 * <p>Not API. Nothing here is meant to be called, implemented or named by applications or by the generated
 * code, and any of it may change in any release; the build checks that no public signature of the SDK names
 * a type from an {@code internal} package. The jars keep these packages on the class path rather than
 * hiding them in a {@code module-info}, because the transport reads OkHttp's own internal package, which
 * OkHttp's module does not export.
 */
package com.hoopai.invoices.client.internal;
