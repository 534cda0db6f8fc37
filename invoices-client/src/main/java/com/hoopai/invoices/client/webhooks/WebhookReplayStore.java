package com.hoopai.invoices.client.webhooks;

import java.time.Instant;

/**
 * Remembers the {@code webhookId}s already processed, so a delivery is processed once. Share one store
 * between every instance of the app behind a load balancer ({@link JdbcWebhookReplayStore}); the default,
 * {@link InMemoryWebhookReplayStore}, only protects one process.
 *
 * <p>Implementations must be thread-safe, and {@link #markIfNew} atomic: of two callers racing with the
 * same id (two app instances receiving the same delivery), exactly one gets {@code true}.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder()
 *     .replayStore(new JdbcWebhookReplayStore(dataSource).createTableIfMissing())
 *     .build();
 * }</pre>
 */
public interface WebhookReplayStore {

  /**
   * Records a delivery id unless it is already recorded and not yet expired.
   *
   * @param webhookId the delivery id from the body
   * @param expiresAt when the id may be forgotten: after it, the timestamp window refuses the delivery anyway
   * @return true if the id is new (process the delivery), false if it was seen (a duplicate)
   * @throws WebhookReplayStoreException if the store cannot be read or written
   */
  boolean markIfNew(String webhookId, Instant expiresAt);
}
