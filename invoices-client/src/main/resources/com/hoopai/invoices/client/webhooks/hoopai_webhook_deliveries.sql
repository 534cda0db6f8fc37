-- The table of JdbcWebhookReplayStore: the webhookId of every delivery processed, until it may be forgotten
-- (the timestamp window refuses it after that). Runs on PostgreSQL and H2 as is;
-- JdbcWebhookReplayStore.createTableIfMissing() runs it, or apply it with your migration tool (rename the
-- table with JdbcWebhookReplayStore.Builder.tableName). The primary key is what lets exactly one app
-- instance process a delivery: the second INSERT of an id fails.
CREATE TABLE IF NOT EXISTS hoopai_webhook_deliveries (
  webhook_id  VARCHAR(255)  NOT NULL PRIMARY KEY,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS hoopai_webhook_deliveries_expires ON hoopai_webhook_deliveries (expires_at);
