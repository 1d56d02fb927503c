-- Issue 9, finding 6: an API token could do everything its user could, for ever. Each token now
-- carries the scopes it was made for (read: safe methods; write: staff writes; admin: administration
-- routes, and only while the user is an administrator) and an expiry (90 days by default, 365 at most).
-- Tokens made before this keep read and write, never admin (an administrator makes a new token for
-- administration, re-entering the password), and expire at most 90 days after this migration.
alter table api_tokens add column scopes text[] not null default array['read', 'write'];
alter table api_tokens alter column scopes drop default;
alter table api_tokens add constraint api_tokens_scopes_check
  check (cardinality(scopes) between 1 and 3 and scopes <@ array['read', 'write', 'admin']);
update api_tokens set expires_at = least(coalesce(expires_at, now() + interval '90 days'), now() + interval '90 days')
  where revoked_at is null;
update api_tokens set expires_at = coalesce(expires_at, revoked_at) where expires_at is null;
alter table api_tokens alter column expires_at set not null;

-- Issue 9, finding 7: the CSRF token is bound to the session it was issued for (an HMAC over the
-- session token's hash). The HMAC key must be the same in every process behind a load balancer and
-- secret from clients, so it lives here, made from 32 random bytes by the first process that needs it
-- (server/plugins/authenticate.ts). Deleting the row and restarting every process rotates it.
create table server_keys (
  name       text primary key,
  key        text not null,
  created_at timestamptz not null
);
