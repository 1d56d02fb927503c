-- Staff accounts, browser sessions and API tokens for machine clients.
create table users (
  id            uuid primary key default gen_random_uuid(),
  username      text not null,
  display_name  text not null,
  email         text,
  password_hash text,
  role          text not null check (role in ('admin', 'delivery_unit', 'coordinator', 'officer', 'operator', 'viewer')),
  unit_id       uuid not null references units (id),
  locale        text not null default 'th' check (locale in ('th', 'en')),
  active        boolean not null default true,
  created_at    timestamptz not null,
  last_login_at timestamptz
);
create unique index users_username_idx on users (lower(username));
create index users_unit_idx on users (unit_id);

-- The cookie holds a random token; only its SHA-256 is stored, so a leaked table opens no session.
create table sessions (
  token_hash  text primary key,
  user_id     uuid not null references users (id) on delete cascade,
  created_at  timestamptz not null,
  expires_at  timestamptz not null
);
create index sessions_user_idx on sessions (user_id);

create table api_tokens (
  id           uuid primary key default gen_random_uuid(),
  user_id      uuid not null references users (id) on delete cascade,
  name         text not null,
  token_hash   text not null unique,
  created_at   timestamptz not null,
  expires_at   timestamptz,
  revoked_at   timestamptz
);
create index api_tokens_user_idx on api_tokens (user_id);
