/**
 * Spring Boot auto-configuration of the HoopAI Invoices client. Until the starter lands, build the client
 * yourself with {@code InvoicesClient.builder()} and expose it as a bean.
 */
package com.hoopai.invoices.spring.autoconfigure;
