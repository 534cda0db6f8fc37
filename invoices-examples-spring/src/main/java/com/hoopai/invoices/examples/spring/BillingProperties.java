package com.hoopai.invoices.examples.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the example bills and where: the {@code billing.*} properties of {@code application.yml}. The API
 * itself is configured by the starter's {@code hoopai.invoices.*} properties.
 *
 * @param locationId the location (sub-account) to work in
 * @param contactId a contact of that location to bill
 * @param contactName the name on the invoice
 * @param contactEmail where the invoice would be sent
 * @param liveMode whether records are live ({@code false}: test mode, no real money)
 */
@ConfigurationProperties("billing")
public record BillingProperties(String locationId, String contactId, String contactName, String contactEmail,
    boolean liveMode) {
}
