-- Citizen complaints: categories, routing rules, the complaint's own facts beside its case, the
-- complainants' personal data kept apart, idempotency keys and the outbox of citizen messages.

-- The taxonomy. Rows are seeded from src/domain/complaints/categoryLabels.ts at start (so the
-- list lives in one place) and edited by administrators afterwards as data.
create table complaint_categories (
  code              text primary key check (code ~ '^[a-z0-9_]{1,40}$'),
  name_th           text not null,
  name_en           text not null,
  traffy_label      text,
  -- The service level (acknowledge / resolve within) is kept in service_levels (case_kind
  -- 'complaint', category = code); these mirror it so the category screen reads one row.
  acknowledge_hours integer check (acknowledge_hours > 0),
  resolve_hours     integer check (resolve_hours > 0),
  active            boolean not null default true,
  sort_order        integer not null default 0,
  created_at        timestamptz not null,
  updated_at        timestamptz not null
);

-- Where a complaint goes: by category (null: any) and area (null: the whole country). The most
-- specific area wins (subdistrict, district, province, national), then a rule for the category
-- over a rule for any category.
create table complaint_routing_rules (
  id            uuid primary key default gen_random_uuid(),
  category_code text references complaint_categories (code),
  area_code     text references areas (code),
  unit_id       uuid not null references units (id),
  created_at    timestamptz not null,
  updated_at    timestamptz not null
);
create unique index complaint_routing_rules_key_idx
  on complaint_routing_rules (coalesce(category_code, ''), coalesce(area_code, ''));

-- Categories and routing rules are cached in every API process; each edit bumps this number in
-- the same transaction, and intake reads it in its own, so a process never routes by stale rules.
create table complaint_config_version (
  id      boolean primary key default true check (id),
  version bigint not null
);
insert into complaint_config_version (id, version) values (true, 1);

-- The complaint's own facts, one row per complaint case.
create table complaints (
  case_id            uuid primary key references cases (id),
  tracking_code      text not null unique,
  channel            text not null check (channel in ('web', 'hotline', 'mail', 'walk_in', 'app', 'line', 'open311', 'import')),
  category_code      text not null references complaint_categories (code),
  suggested_category text,
  area_code          text references areas (code),
  subdistrict_code   text references areas (code),
  lat                double precision check (lat between -90 and 90),
  lon                double precision check (lon between -180 and 180),
  address            text,
  anonymous          boolean not null,
  external_ref       text,
  received_at        timestamptz not null,
  resolved_at        timestamptz,
  waiting_since      timestamptz,
  rating             smallint check (rating between 1 and 5),
  rating_comment     text,
  rated_at           timestamptz,
  reopened_count     integer not null default 0,
  merged_into        uuid references cases (id)
);
-- The duplicate check narrows by category and date first, then by subdistrict or a box around the point.
create index complaints_duplicates_idx on complaints (category_code, received_at desc) where merged_into is null;
create index complaints_subdistrict_idx on complaints (subdistrict_code, category_code, received_at desc);
create unique index complaints_external_ref_idx on complaints (channel, external_ref) where external_ref is not null;

-- Personal data (PDPA), apart from the case: only roles handling the complaint's assignment read
-- it, through its own endpoint, and every read appends a `contact_read` event to the case.
-- A merge moves the contact to the surviving case (case_id) and keeps where it came from.
create table complainant_contacts (
  id               uuid primary key default gen_random_uuid(),
  case_id          uuid not null references cases (id),
  original_case_id uuid not null references cases (id),
  name             text,
  citizen_id       text check (citizen_id ~ '^[0-9]{13}$'),
  phone            text,
  email            text,
  line_user_id     text,
  consent          boolean not null default false,
  created_at       timestamptz not null
);
create index complainant_contacts_case_idx on complainant_contacts (case_id);
create index complainant_contacts_phone_idx on complainant_contacts (phone) where phone is not null;

-- Every read of a complainant's personal data: by whom (null: the system, e.g. a notification)
-- and why. The case also gets a `contact_read` event; this table answers "who read person X".
create table complainant_contact_reads (
  id         bigint generated always as identity primary key,
  contact_id uuid not null references complainant_contacts (id),
  case_id    uuid not null references cases (id),
  user_id    uuid references users (id),
  purpose    text not null,
  created_at timestamptz not null
);
create index complainant_contact_reads_contact_idx on complainant_contact_reads (contact_id, id);

-- The same Idempotency-Key twice creates one complaint and answers the same.
create table idempotency_keys (
  scope      text not null,
  key        text not null,
  -- SHA-256 of the request: the same key with a different request is refused, not replayed.
  request_hash text not null,
  case_id    uuid references cases (id),
  response   jsonb,
  created_at timestamptz not null,
  primary key (scope, key)
);

-- Messages to citizens, written in the transaction of the change they report and delivered later
-- by the outbox worker (SMTP e-mail, LINE push), which marks them sent or retries with backoff.
create table outbox (
  id           bigint generated always as identity primary key,
  case_id      uuid references cases (id),
  channel      text not null check (channel in ('email', 'line')),
  recipient    text not null,
  kind         text not null,
  subject      text,
  body         text not null,
  payload      jsonb not null default '{}',
  created_at   timestamptz not null,
  available_at timestamptz not null,
  attempts     integer not null default 0,
  sent_at      timestamptz,
  last_error   text
);
create index outbox_pending_idx on outbox (available_at, id) where sent_at is null;
create index outbox_case_idx on outbox (case_id);

-- Citizens attach photos without an account.
alter table attachments alter column uploaded_by drop not null;
