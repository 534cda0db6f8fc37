/**
 * What a call can throw, one type per way it can fail, all under {@link
 * com.hoopai.invoices.client.errors.HoopAiException}.
 *
 * <p>{@link com.hoopai.invoices.client.errors.HoopAiApiException} and its subclasses carry an answer HoopAI
 * sent (status, {@link com.hoopai.invoices.client.errors.ErrorDetails}, rate-limit headers); {@link
 * com.hoopai.invoices.client.errors.InvalidRequestException} is thrown before anything is sent; connection,
 * timeout, unreadable-answer and open-circuit failures each have their own type, so a caller can tell "may
 * have reached HoopAI" from "never left this JVM".
 *
 * <pre>{@code
 * try {
 *   invoices.getInvoice(id);
 * } catch (NotFoundException e) {
 *   // no such invoice at this location
 * } catch (HoopAiConnectionException e) {
 *   // the request may not have arrived; GETs were already retried
 * }
 * }</pre>
 */
package com.hoopai.invoices.client.errors;
