-- Service levels: how fast a unit must acknowledge and finish its share of a case, and what
-- happens when it does not (a reminder, then escalation up the chain). Policies are data: an
-- administrator tunes them per case kind, category and priority without a code change.
create table service_levels (
  id                    uuid primary key default gen_random_uuid(),
  case_kind             text not null,
  category              text,
  priority              text check (priority in ('normal', 'high', 'urgent')),
  name_th               text not null,
  name_en               text not null,
  remind_after_hours    integer check (remind_after_hours > 0),
  acknowledge_hours     integer check (acknowledge_hours > 0),
  resolve_hours         integer check (resolve_hours > 0),
  escalate_every_hours  integer check (escalate_every_hours > 0),
  max_escalation_levels integer not null default 1 check (max_escalation_levels between 0 and 10),
  -- After the chain of parent units (below the government root), escalation ends at this unit:
  -- the PM's office for complaints, the delivery unit for directives. A code, not a key: units are
  -- loaded after migrations, and a code that names no unit just ends the chain one step earlier.
  final_unit_code       text,
  created_at            timestamptz not null default now()
);
create unique index service_levels_match_idx
  on service_levels (case_kind, coalesce(category, ''), coalesce(priority, ''));

-- Time a unit spent waiting on someone else (a citizen's reply) does not count against it.
alter table assignments add column paused_at timestamptz;
alter table assignments add column paused_ms bigint not null default 0;

-- Each reminder and escalation is taken once per assignment, reason and level; the sweep can run
-- any number of times and from any number of processes.
create table service_level_steps (
  id            uuid primary key default gen_random_uuid(),
  assignment_id uuid not null references assignments (id),
  case_id       uuid not null references cases (id),
  step          text not null check (step in ('reminder', 'escalation')),
  reason        text not null check (reason in ('acknowledge', 'resolve')),
  level         integer not null,
  to_unit_id    uuid not null references units (id),
  event_id      bigint references case_events (id),
  created_at    timestamptz not null,
  unique (assignment_id, step, reason, level)
);
create index service_level_steps_unit_idx on service_level_steps (to_unit_id, created_at desc);

-- Defaults from the service's practice; administrators change them as data.
insert into service_levels (case_kind, priority, name_th, name_en, remind_after_hours, acknowledge_hours, resolve_hours,
                            escalate_every_hours, max_escalation_levels, final_unit_code) values
  ('directive', null, 'ข้อสั่งการ: รับทราบใน 7 วัน', 'Directive: acknowledge within 7 days', 72, 168, null, 168, 2, 'PMDU'),
  ('directive', 'urgent', 'ข้อสั่งการด่วนที่สุด: รับทราบใน 1 วัน', 'Urgent directive: acknowledge within 1 day', 12, 24, null, 48, 2, 'PMDU'),
  ('policy', null, 'นโยบาย: รับทราบใน 14 วัน', 'Policy: acknowledge within 14 days', 168, 336, null, 336, 2, 'PMDU'),
  ('cabinet_resolution', null, 'มติ ครม.: รับทราบใน 7 วัน', 'Cabinet resolution: acknowledge within 7 days', 72, 168, null, 168, 2, 'PMDU'),
  ('complaint', null, 'เรื่องร้องเรียน: รับเรื่องใน 3 วัน แก้ไขใน 15 วัน', 'Complaint: acknowledge in 3 days, resolve in 15',
    48, 72, 360, 72, 3, 'OPM');

-- Background jobs take a lease so that, with several API processes, one runs each job at a time.
create table job_leases (
  name         text primary key,
  holder       text not null,
  leased_until timestamptz not null
);
