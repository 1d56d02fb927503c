-- When each Open311 key last filed a request, so an administrator can tell a client in use from a
-- forgotten key before revoking it (issue 13, item 13: the Open311 keys page).
alter table open311_api_keys add column last_used_at timestamptz;
