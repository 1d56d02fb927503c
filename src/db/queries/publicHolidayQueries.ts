import type { Queryable } from '../database.ts';

export interface PublicHolidayRow {
  day: string;
  name_th: string;
  name_en: string;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `to_char(day, 'YYYY-MM-DD') as day, name_th, name_en, created_at, updated_at`;

/** The holidays of a Gregorian year, or all of them (`year` null), in date order. */
export async function listPublicHolidays(db: Queryable, input: { year: number | null }): Promise<PublicHolidayRow[]> {
  const result = await db.query<PublicHolidayRow>(
    `select ${COLUMNS} from public_holidays
      where $1::int is null or extract(year from day) = $1::int
      order by day`,
    [input.year],
  );
  return result.rows;
}

/** Every holiday day (`YYYY-MM-DD`), for the working-day count (a few dozen rows a year). */
export async function loadHolidayDays(db: Queryable): Promise<Set<string>> {
  const result = await db.query<{ day: string }>(`select to_char(day, 'YYYY-MM-DD') as day from public_holidays order by day`);
  return new Set(result.rows.map((row) => row.day));
}

/** The years that have at least one holiday, newest first (the list page's year chooser). */
export async function listHolidayYears(db: Queryable): Promise<number[]> {
  const result = await db.query<{ year: number }>(
    'select distinct extract(year from day)::int as year from public_holidays order by year desc',
  );
  return result.rows.map((row) => row.year);
}

export async function findPublicHoliday(
  db: Queryable,
  day: string,
  options: { lock?: boolean } = {},
): Promise<PublicHolidayRow | undefined> {
  const result = await db.query<PublicHolidayRow>(
    `select ${COLUMNS} from public_holidays where day = $1::date${options.lock ? ' for update' : ''}`,
    [day],
  );
  return result.rows[0];
}

/** Adds a holiday; undefined when the day already has one. */
export async function insertPublicHoliday(
  db: Queryable,
  input: { day: string; nameTh: string; nameEn: string; now: Date },
): Promise<PublicHolidayRow | undefined> {
  const result = await db.query<PublicHolidayRow>(
    `insert into public_holidays (day, name_th, name_en, created_at, updated_at) values ($1::date, $2, $3, $4, $4)
     on conflict (day) do nothing returning ${COLUMNS}`,
    [input.day, input.nameTh, input.nameEn, input.now],
  );
  return result.rows[0];
}

/** Adds the shipped holidays whose days are not there yet; returns how many were added. */
export async function insertMissingPublicHolidays(
  db: Queryable,
  rows: readonly { day: string; name_th: string; name_en: string }[],
  now: Date,
): Promise<number> {
  const result = await db.query(
    `insert into public_holidays (day, name_th, name_en, created_at, updated_at)
     select x.day::date, x.name_th, x.name_en, $2, $2
       from jsonb_to_recordset($1::jsonb) as x(day text, name_th text, name_en text)
     on conflict (day) do nothing`,
    [JSON.stringify(rows), now],
  );
  return result.rowCount ?? 0;
}

export async function updatePublicHoliday(
  db: Queryable,
  input: { day: string; nameTh: string; nameEn: string; now: Date },
): Promise<PublicHolidayRow | undefined> {
  const result = await db.query<PublicHolidayRow>(
    `update public_holidays set name_th = $2, name_en = $3, updated_at = $4 where day = $1::date returning ${COLUMNS}`,
    [input.day, input.nameTh, input.nameEn, input.now],
  );
  return result.rows[0];
}

export async function deletePublicHoliday(db: Queryable, day: string): Promise<boolean> {
  const result = await db.query('delete from public_holidays where day = $1::date returning day', [day]);
  return result.rows.length === 1;
}
