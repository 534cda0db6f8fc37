package com.hoopai.invoices.spring.webhooks;

import com.hoopai.invoices.client.webhooks.WebhookEvent;
import com.hoopai.invoices.client.webhooks.WebhookVerificationException;

/** Hears what the endpoint does with each request, for metrics. */
interface WebhookObserver {

  /** Hears nothing. */
  WebhookObserver NONE = new WebhookObserver() {
  };

  /** A verified event, before it is published. */
  default void received(WebhookEvent event) {
  }

  /** A request refused (duplicates included). */
  default void rejected(WebhookVerificationException.Reason reason) {
  }

  /** A listener of the event failed. */
  default void handlerFailed(WebhookEvent event) {
  }
}
