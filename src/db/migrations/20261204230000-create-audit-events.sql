-- Security and administration events that are not about one case: who changed a user, a role,
-- a unit, a category, a routing rule, an Open311 key or an API token (with the values before and
-- after), and security signals such as refused sign-ins. Like case_events it is append-only.
-- OWASP ASVS 7.1/7.2: log security-relevant events with who, when, what; never log secrets.
create table audit_events (
  id            bigint generated always as identity primary key,
  category      text not null check (category in ('admin', 'security')),
  action        text not null,
  actor_user_id uuid references users (id),
  target_type   text,
  target_id     text,
  before        jsonb,
  after         jsonb,
  data          jsonb not null default '{}',
  ip            text,
  created_at    timestamptz not null
);
create index audit_events_created_idx on audit_events (created_at desc, id desc);
create index audit_events_target_idx on audit_events (target_type, target_id);

create function audit_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only' using errcode = 'P0001';
end $$;
create trigger audit_events_no_update before update or delete on audit_events
  for each row execute function audit_events_append_only();
