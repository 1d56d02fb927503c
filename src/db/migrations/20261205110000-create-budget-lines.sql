-- Budget beside results (seed 003: tell people how the budget is spent). What a delivery case
-- (directive, policy, cabinet resolution) was allocated, committed and disbursed in a fiscal year,
-- line by line for a unit, a province or both. An import replaces a case's lines for one fiscal year
-- in one transaction, with its `budget_imported` case event; the lines name that event.
create table budget_lines (
  id            uuid primary key default gen_random_uuid(),
  case_id       uuid not null references cases (id),
  -- The Thai fiscal year in the Buddhist era: 2570 runs from 1 October 2026 to 30 September 2027.
  fiscal_year   integer not null check (fiscal_year between 2500 and 2700),
  unit_id       uuid references units (id),
  province_code text references areas (code),
  -- Baht with satang. Spending beyond the allocation needs a budget transfer, which changes the
  -- allocation (Budget Procedure Act B.E. 2561), so committed and disbursed never exceed it.
  allocated     numeric(16, 2) not null check (allocated >= 0),
  committed     numeric(16, 2) not null check (committed >= 0 and committed <= allocated),
  disbursed     numeric(16, 2) not null check (disbursed >= 0 and disbursed <= allocated),
  note          text not null default '',
  -- Where the line came from: the file and its row as people see it in a spreadsheet (header = row 1).
  source_file   text not null,
  source_row    integer not null check (source_row >= 2),
  event_id      bigint not null references case_events (id),
  imported_by   uuid references users (id),
  imported_at   timestamptz not null,
  constraint budget_lines_unit_or_province check (unit_id is not null or province_code is not null)
);
create index budget_lines_case_year_idx on budget_lines (case_id, fiscal_year);
-- One line per unit and province in a case's fiscal year (a missing unit or province counts as one value).
create unique index budget_lines_one_per_place_idx
  on budget_lines (case_id, fiscal_year, coalesce(unit_id::text, ''), coalesce(province_code, ''));
