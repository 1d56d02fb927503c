-- Cases, the units' assignments on them, and the append-only event log.
create sequence case_ref_seq;

create table cases (
  id            uuid primary key default gen_random_uuid(),
  ref           text not null unique,
  kind          text not null check (kind in ('directive', 'policy', 'cabinet_resolution', 'parliamentary_question',
                                              'draft_bill', 'complaint')),
  title         text not null,
  body          text not null default '',
  status        text not null check (status in ('open', 'in_progress', 'completed', 'closed')),
  priority      text not null default 'normal' check (priority in ('normal', 'high', 'urgent')),
  category      text,
  area_code     text references areas (code),
  owner_unit_id uuid not null references units (id),
  created_by    uuid references users (id),
  created_at    timestamptz not null,
  updated_at    timestamptz not null,
  due_at        timestamptz,
  closed_at     timestamptz,
  details       jsonb not null default '{}',
  -- Thai has no spaces between words: the application cuts words with Intl.Segmenter('th')
  -- into search_words; the trigram index on search_text finds what the word cutter misses.
  search_words  text not null default '',
  search_vector tsvector generated always as (to_tsvector('simple', search_words)) stored,
  search_text   text generated always as (lower(title || ' ' || body)) stored
);
create index cases_created_idx on cases (created_at desc, id desc);
create index cases_kind_status_idx on cases (kind, status);
create index cases_owner_idx on cases (owner_unit_id);
create index cases_area_idx on cases (area_code text_pattern_ops);
create index cases_category_idx on cases (category);
create index cases_search_vector_idx on cases using gin (search_vector);
create index cases_search_trgm_idx on cases using gin (search_text gin_trgm_ops);

create table assignments (
  id                  uuid primary key default gen_random_uuid(),
  case_id             uuid not null references cases (id),
  unit_id             uuid not null references units (id),
  parent_id           uuid references assignments (id),
  role                text not null check (role in ('lead', 'support', 'information')),
  status              text not null check (status in ('sent', 'acknowledged', 'in_progress', 'done', 'accepted', 'returned')),
  due_at              timestamptz,
  assigned_by_unit_id uuid not null references units (id),
  assigned_by         uuid references users (id),
  note                text,
  created_at          timestamptz not null,
  updated_at          timestamptz not null,
  acknowledged_at     timestamptz,
  done_at             timestamptz,
  closed_at           timestamptz,
  return_reason       text,
  unique (case_id, unit_id)
);
create index assignments_unit_status_idx on assignments (unit_id, status);
create index assignments_parent_idx on assignments (parent_id);
create index assignments_assigner_idx on assignments (assigned_by_unit_id, status);
create index assignments_open_due_idx on assignments (due_at) where status in ('sent', 'acknowledged', 'in_progress');

create table case_events (
  id            bigint generated always as identity primary key,
  case_id       uuid not null references cases (id),
  assignment_id uuid references assignments (id),
  type          text not null,
  actor_user_id uuid references users (id),
  actor_unit_id uuid references units (id),
  data          jsonb not null default '{}',
  created_at    timestamptz not null
);
create index case_events_case_idx on case_events (case_id, id);
create index case_events_assignment_idx on case_events (assignment_id);

-- The event log is the audit trail: rows are appended, never changed or removed.
create function case_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'case_events is append-only' using errcode = 'P0001';
end;
$$;
create trigger case_events_no_update before update or delete on case_events
  for each row execute function case_events_append_only();

-- Files attached to progress reports. Kept in the database so every API process sees them and a
-- backup of the database is a backup of everything.
create table attachments (
  id           uuid primary key default gen_random_uuid(),
  case_id      uuid references cases (id),
  event_id     bigint references case_events (id),
  uploaded_by  uuid not null references users (id),
  filename     text not null,
  content_type text not null,
  size_bytes   integer not null,
  sha256       text not null,
  data         bytea not null,
  created_at   timestamptz not null
);
create index attachments_case_idx on attachments (case_id);
create index attachments_event_idx on attachments (event_id);
