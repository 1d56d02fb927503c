-- Rate-limit state that several API processes must share (issue 9, findings 1 and 10).

-- Consecutive failed sign-ins per username, across all addresses, with the back-off they earned.
-- Keyed by the SHA-256 of the lower-cased username as typed, whether or not such an account
-- exists: a row says nothing about which accounts exist, and a password typed into the
-- username box is not kept here (the security event a block writes names the username). A successful sign-in deletes its row; the sessions job deletes
-- rows that have been quiet for a day. OWASP ASVS 2.2.1, NIST SP 800-63B 5.2.2.
create table sign_in_throttles (
  username_key    text primary key,
  failures        integer not null check (failures > 0),
  last_attempt_at timestamptz not null,
  blocked_until   timestamptz
);
create index sign_in_throttles_last_attempt_idx on sign_in_throttles (last_attempt_at);

-- Each Open311 client's own quota of posted requests a minute (`tidtam open311 key create --per-minute`).
alter table open311_api_keys add column per_minute integer not null default 600 check (per_minute between 1 and 1000000);
