-- Integrated groups (กลุ่มบูรณาการ): several agencies working one goal together, with lead and
-- member agencies and a day to report to the Prime Minister. A directive or policy belongs to at
-- most one group.
create table delivery_groups (
  id                 uuid primary key default gen_random_uuid(),
  name_th            text not null,
  name_en            text,
  goal_th            text not null,
  goal_en            text,
  report_due_on      date,
  created_by_unit_id uuid not null references units (id),
  created_by         uuid references users (id),
  created_at         timestamptz not null
);

create table delivery_group_agencies (
  group_id uuid not null references delivery_groups (id),
  unit_id  uuid not null references units (id),
  role     text not null check (role in ('lead', 'member')),
  primary key (group_id, unit_id)
);

alter table cases add column group_id uuid references delivery_groups (id);
create index cases_group_idx on cases (group_id) where group_id is not null;

