-- Service levels per agency, counted in working days (issue 16). The Official Information Act B.E. 2540
-- (section 11) asks for an answer "within a reasonable time" and sets no number of days, so each agency's
-- administrator sets its own; a row with unit_id null is the default of its case kind. The hours columns
-- stay for the other kinds; a row with working-day figures is counted in working days (weekends and
-- public_holidays skipped, Bangkok time, the day of receipt not counted: src/domain/calendar/workingDays.ts).
alter table service_levels add column unit_id uuid references units (id);
alter table service_levels add column acknowledge_working_days integer check (acknowledge_working_days between 1 and 250);
alter table service_levels add column resolve_working_days integer check (resolve_working_days between 1 and 250);
alter table service_levels add column long_overdue_working_days integer check (long_overdue_working_days between 1 and 500);
alter table service_levels add column escalate_every_working_days integer check (escalate_every_working_days between 1 and 250);
alter table service_levels add constraint service_levels_long_overdue_after_resolve
  check (long_overdue_working_days is null or resolve_working_days is null or long_overdue_working_days > resolve_working_days);

drop index service_levels_match_idx;
create unique index service_levels_match_idx
  on service_levels (case_kind, coalesce(category, ''), coalesce(priority, ''), coalesce(unit_id::text, ''));
create index service_levels_unit_idx on service_levels (unit_id) where unit_id is not null;

-- The default for official-information requests: acknowledge in 2 working days; answer in 15 working days,
-- the figure the Office of the Official Information Commission (สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ)
-- uses in its guidance for a request the agency holds; long overdue at 30 working days, when the request
-- goes up to the agency's parent unit, then every 10 working days one more level, up to three, ending at
-- the Office of the Permanent Secretary of the PM's Office (unit code OPM.06: the sixth department of OPM in
-- reference-data/agencies.json), which hosts the Commission's office.
-- The foundation may already hold a default row of the kind (counted in hours): it becomes this one.
update service_levels
   set name_th = 'คำขอข้อมูลข่าวสาร: รับเรื่องใน 2 วันทำการ ตอบใน 15 วันทำการ',
       name_en = 'Information request: acknowledge in 2 working days, answer in 15',
       remind_after_hours = null, acknowledge_hours = null, resolve_hours = null, escalate_every_hours = null,
       max_escalation_levels = 3, final_unit_code = 'OPM.06',
       acknowledge_working_days = 2, resolve_working_days = 15, long_overdue_working_days = 30, escalate_every_working_days = 10
 where case_kind = 'info_request' and category is null and priority is null and unit_id is null;
insert into service_levels (case_kind, name_th, name_en, max_escalation_levels, final_unit_code,
                            acknowledge_working_days, resolve_working_days, long_overdue_working_days, escalate_every_working_days)
select 'info_request', 'คำขอข้อมูลข่าวสาร: รับเรื่องใน 2 วันทำการ ตอบใน 15 วันทำการ',
       'Information request: acknowledge in 2 working days, answer in 15', 3, 'OPM.06', 2, 15, 30, 10
 where not exists (select 1 from service_levels
                    where case_kind = 'info_request' and category is null and priority is null and unit_id is null);
