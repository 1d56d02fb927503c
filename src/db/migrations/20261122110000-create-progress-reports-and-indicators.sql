-- Delivery reporting: units' progress reports on a cycle, outcome indicators with their trajectory and
-- the units' measurements, and the decisions taken at stocktakes.

-- How often the units on a case report, in months (monthly unless the case says otherwise).
create table report_cycles (
  case_id      uuid primary key references cases (id),
  cycle_months integer not null default 1 check (cycle_months in (1, 2, 3, 6, 12))
);

create table progress_reports (
  id               uuid primary key default gen_random_uuid(),
  case_id          uuid not null references cases (id),
  assignment_id    uuid not null references assignments (id),
  unit_id          uuid not null references units (id),
  period           text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  -- The delivery method's five questions.
  aim              text not null,
  approach         text not null,
  working_evidence text not null,
  changes          text not null,
  centre_help      text not null,
  rag              text not null check (rag in ('green', 'amber', 'red')),
  confidence       text not null check (confidence in ('green', 'amber_green', 'amber', 'amber_red', 'red')),
  blockers         text not null default '',
  help_needed      boolean not null default false,
  event_id         bigint not null references case_events (id),
  reported_by      uuid references users (id),
  created_at       timestamptz not null
);
create index progress_reports_case_idx on progress_reports (case_id, created_at desc);
create index progress_reports_assignment_idx on progress_reports (assignment_id, event_id desc);

create table indicators (
  id              uuid primary key default gen_random_uuid(),
  case_id         uuid not null references cases (id),
  name_th         text not null,
  name_en         text,
  unit_of_measure text not null,
  direction       text not null check (direction in ('up', 'down')),
  kind            text not null check (kind in ('goal', 'progress', 'unintended_effect')),
  baseline        double precision not null,
  target          double precision not null,
  target_date     date,
  aggregation     text not null check (aggregation in ('sum', 'mean', 'max', 'latest')),
  -- [{ "period": "YYYY-MM", "value": number }], the planned value per period.
  trajectory      jsonb not null default '[]',
  created_by      uuid references users (id),
  created_at      timestamptz not null
);
create index indicators_case_idx on indicators (case_id);

-- One value per indicator, unit and period; a later report of the same period replaces the value
-- (each report is kept in the event log).
create table indicator_measurements (
  id           uuid primary key default gen_random_uuid(),
  indicator_id uuid not null references indicators (id),
  unit_id      uuid not null references units (id),
  period       text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  value        double precision not null,
  event_id     bigint not null references case_events (id),
  reported_by  uuid references users (id),
  recorded_at  timestamptz not null,
  unique (indicator_id, unit_id, period)
);

create table stocktake_decisions (
  id                uuid primary key default gen_random_uuid(),
  case_id           uuid not null references cases (id),
  text              text not null,
  event_id          bigint not null references case_events (id),
  follow_up_case_id uuid references cases (id),
  decided_by        uuid references users (id),
  created_at        timestamptz not null
);
create index stocktake_decisions_case_idx on stocktake_decisions (case_id, created_at);
create index progress_reports_help_idx on progress_reports (case_id) where help_needed;
