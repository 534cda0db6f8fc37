-- The table PostgresRateLimitStore books requests in: one row per app, location and limits, kept until the
-- bucket would be full again (then removed by the store's periodic clean-up).
CREATE TABLE IF NOT EXISTS hoopai_rate_limit_buckets (
  id         VARCHAR(512) PRIMARY KEY,
  state      BYTEA,
  expires_at BIGINT,
  explicit_lock BIGINT
);
