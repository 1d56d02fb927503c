-- Public holidays of government offices (วันหยุดราชการ), kept as data: the working-day deadlines of
-- official-information requests skip them, as they skip Saturdays and Sundays (never stored here).
-- Seeded at start from reference-data/calendar/thai-public-holidays.json (src/db/reference/publicHolidays.ts)
-- when that file changes, never over a day already here; administrators correct it at /admin/holidays
-- each year against the Cabinet's announcement, since lunar holidays and substitution days move.
create table public_holidays (
  day        date primary key,
  name_th    text not null check (length(name_th) between 1 and 300),
  name_en    text not null check (length(name_en) between 1 and 300),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
