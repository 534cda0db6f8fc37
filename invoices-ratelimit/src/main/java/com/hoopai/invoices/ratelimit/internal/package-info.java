/** Shared wiring of the stores: the bucket plan, one-round-trip bookings, bounded calls. No compatibility promise. */
package com.hoopai.invoices.ratelimit.internal;
