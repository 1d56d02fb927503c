-- Complaint statistics kept as aggregates, so a national figure is a read of a few hundred rows,
-- never a scan of every complaint (issue #11: FixMyStreet's summary took 14 s, a 311 dashboard 17 s).
--
-- How it stays true: a trigger on every table that changes a complaint's figures marks the
-- complaint dirty (one small insert in the writing transaction); the `complaint-statistics` job
-- (src/jobs/foldComplaintStatistics.ts, every 10 seconds, under a lease) recomputes each dirty
-- complaint's fact row, subtracts its old contribution from the aggregates and adds the new one,
-- in one transaction. Figures are therefore at most one job interval behind the writes, and the
-- API says as of when (complaint_stat_state.folded_at).

-- One row per complaint that counts (a complaint merged into another counts once, as the survivor).
-- Every figure is attributed to the month the complaint was received (a cohort): "of the complaints
-- received in fiscal year 2569, 97% are finished", the 1111 headline.
create table complaint_stat_facts (
  case_id        uuid primary key references cases (id),
  month          date not null,        -- first day of the Bangkok month the complaint was received in
  province_code  text not null,        -- '' when the complaint has no area
  district_code  text not null,        -- '' when the area is only a province
  category_code  text not null,
  channel        text not null,
  unit_id        uuid,                 -- the handling unit: the top-level lead assignment's unit
  resolved       smallint not null,    -- finished: the unit reported it fixed, or the owner closed it
  overdue        smallint not null,    -- still open after its resolve deadline
  reopened       smallint not null,    -- the citizen reopened it at least once
  rating         smallint,             -- the citizen's rating, 1-5
  ack_decided    smallint not null,    -- acknowledged, or its acknowledge deadline has passed
  ack_on_time    smallint not null,    -- acknowledged by its deadline
  resolve_days   integer,              -- whole days from receipt to finish
  -- When this row's figures next change with time alone (a deadline passing); the job refreshes it then.
  next_change_at timestamptz
);
create index complaint_stat_facts_next_change_idx on complaint_stat_facts (next_change_at) where next_change_at is not null;

-- Complaints whose figures may have changed since the last fold.
create table complaint_stat_dirty (
  case_id uuid primary key
);

-- The aggregates. scope: 'TH' (the country), 'p:<province>', 'd:<district>', an area grouping's id
-- ('zone:3', 'group:5', 'region:north'), or 'u:<unit id>' for every unit above and including the
-- handling unit (a ministry's figures are its subtree's). dim: 'all' (dim_value ''), 'category',
-- 'channel' or 'unit' (the handling unit's id). grain: 'month' rows (month = its first day) and
-- 'fiscal_year' rows (month = 1 October, the year's first day), so a fiscal year is one row per
-- value, not twelve: a national year by handling unit reads about a thousand rows, not twelve thousand.
create table complaint_stats (
  scope       text not null,
  dim         text not null check (dim in ('all', 'category', 'channel', 'unit')),
  grain       text not null check (grain in ('month', 'fiscal_year')),
  month       date not null,
  dim_value   text not null,
  received    integer not null default 0,
  resolved    integer not null default 0,
  overdue     integer not null default 0,
  reopened    integer not null default 0,
  rated       integer not null default 0,
  rating_sum  integer not null default 0,
  satisfied   integer not null default 0,   -- rated 4 or 5
  ack_decided integer not null default 0,
  ack_on_time integer not null default 0,
  primary key (scope, dim, grain, month, dim_value)
);

-- How many finished complaints took each whole number of days: medians and 90th percentiles are
-- read off this histogram exactly, without the complaints.
create table complaint_resolve_days (
  scope    text not null,
  grain    text not null check (grain in ('month', 'fiscal_year')),
  month    date not null,
  days     integer not null,
  resolved integer not null default 0,
  primary key (scope, grain, month, days)
);

-- When the aggregates were last brought up to date, and a number that grows with every fold that
-- changed them (a read may reuse an answer computed at the same version).
create table complaint_stat_state (
  id        boolean primary key default true check (id),
  folded_at timestamptz,
  version   bigint not null default 0
);
insert into complaint_stat_state (id, folded_at) values (true, null);

create function complaint_stat_mark_dirty() returns trigger language plpgsql as $$
begin
  -- "do update", not "do nothing": it waits for a fold that is taking the row, so no change slips between them.
  insert into complaint_stat_dirty (case_id) values (new.case_id) on conflict (case_id) do update set case_id = excluded.case_id;
  return null;
end;
$$;

create function complaint_stat_mark_case_dirty() returns trigger language plpgsql as $$
begin
  insert into complaint_stat_dirty (case_id) values (new.id) on conflict (case_id) do update set case_id = excluded.case_id;
  return null;
end;
$$;

create trigger complaint_stat_on_complaint after insert or update on complaints
  for each row execute function complaint_stat_mark_dirty();
create trigger complaint_stat_on_case after update of status, closed_at on cases
  for each row when (new.kind = 'complaint') execute function complaint_stat_mark_case_dirty();
create trigger complaint_stat_on_assignment after insert or update on assignments
  for each row when (new.parent_id is null and new.role = 'lead') execute function complaint_stat_mark_dirty();
