package com.hoopai.invoices.client.webhooks;

/**
 * Handles verified events of one kind, registered on a {@link WebhookDispatcher}.
 *
 * <pre>{@code
 * WebhookHandler<InvoiceWebhookEvent> paid = event -> ledger.settle(event.invoice().getId());
 * }</pre>
 *
 * @param <E> the event class handled
 */
@FunctionalInterface
public interface WebhookHandler<E extends WebhookEvent> {

  /**
   * Handles an event.
   *
   * @param event the verified event
   * @throws Exception any failure: the dispatcher runs the other handlers, then reports it
   */
  void handle(E event) throws Exception;
}
