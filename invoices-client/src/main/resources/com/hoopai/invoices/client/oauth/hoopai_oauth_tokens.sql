-- The table of JdbcTokenStore: the OAuth tokens of each installation (a location id or a company id).
-- Runs on PostgreSQL and H2 as is; JdbcTokenStore.createTableIfMissing() runs it, or apply it with your
-- migration tool (rename the table with JdbcTokenStore.Builder.tableName). Tokens are secrets: restrict
-- who can read this table.
CREATE TABLE IF NOT EXISTS hoopai_oauth_tokens (
  token_key     VARCHAR(255)  NOT NULL PRIMARY KEY,
  user_type     VARCHAR(16)   NOT NULL,
  access_token  VARCHAR(8192),
  refresh_token VARCHAR(8192) NOT NULL,
  expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  scope         VARCHAR(8192),
  company_id    VARCHAR(255),
  location_id   VARCHAR(255),
  -- Increased by every change: compare-and-set on it keeps a spent refresh token from coming back.
  row_version   BIGINT        NOT NULL,
  -- Who is refreshing, until when: another process waits instead of spending the same refresh token.
  lease_owner   VARCHAR(255),
  lease_until   TIMESTAMP WITH TIME ZONE,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
