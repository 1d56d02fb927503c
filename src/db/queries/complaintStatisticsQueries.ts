import type { Queryable } from '../database.ts';

/** A month range as the aggregates key it: first days of months, both included. */
export interface MonthRange {
  from: string;
  to: string;
}

/** Which rows: 'month' rows over the range, or the one 'fiscal_year' row of a year (`from` = its October). */
export type StatGrain = 'month' | 'fiscal_year';

export interface StatSumsRow {
  key: string;
  received: number;
  resolved: number;
  overdue: number;
  reopened: number;
  rated: number;
  rating_sum: number;
  satisfied: number;
  ack_decided: number;
  ack_on_time: number;
}

const SUMS = ['received', 'resolved', 'overdue', 'reopened', 'rated', 'rating_sum', 'satisfied', 'ack_decided', 'ack_on_time']
  .map((column) => `coalesce(sum(${column}), 0)::int8 as ${column}`)
  .join(', ');

const GROUP_KEY = { dim_value: 'dim_value', month: `to_char(month, 'YYYY-MM')`, scope: 'scope' } as const;

/**
 * The kept sums of one dimension over a month range, grouped by the dimension's value, the month
 * or the scope. A read of at most (scopes × months × values) rows of `complaint_stats`, by its key.
 */
export async function sumComplaintStats(
  db: Queryable,
  input: {
    scopes: readonly string[];
    dim: 'all' | 'category' | 'channel' | 'unit';
    grain: StatGrain;
    range: MonthRange;
    groupBy: keyof typeof GROUP_KEY;
  },
): Promise<StatSumsRow[]> {
  const key = GROUP_KEY[input.groupBy];
  const result = await db.query<StatSumsRow>(
    `select ${key} as key, ${SUMS}
       from complaint_stats
      where scope = any($1::text[]) and dim = $2 and grain = $5 and month between $3::date and $4::date
      group by 1 order by 1`,
    [input.scopes, input.dim, `${input.range.from}-01`, `${input.range.to}-01`, input.grain],
  );
  return result.rows;
}

export interface ResolveDaysRow {
  key: string;
  days: number;
  resolved: number;
}

/** The days-to-finish histogram over a month range, per scope or per month (`key`). */
export async function sumResolveDays(
  db: Queryable,
  input: { scopes: readonly string[]; grain: StatGrain; range: MonthRange; groupBy: 'scope' | 'month' },
): Promise<ResolveDaysRow[]> {
  const result = await db.query<ResolveDaysRow>(
    `select ${GROUP_KEY[input.groupBy]} as key, days, sum(resolved)::int8 as resolved
       from complaint_resolve_days
      where scope = any($1::text[]) and grain = $4 and month between $2::date and $3::date
      group by 1, 2 having sum(resolved) > 0`,
    [input.scopes, `${input.range.from}-01`, `${input.range.to}-01`, input.grain],
  );
  return result.rows;
}

/** When the aggregates were last brought up to date, and the fold's version number. */
export async function readFoldState(db: Queryable): Promise<{ folded_at: Date | null; version: number }> {
  const result = await db.query<{ folded_at: Date | null; version: number }>('select folded_at, version from complaint_stat_state');
  return result.rows[0] ?? { folded_at: null, version: 0 };
}

export interface NamedRow {
  key: string;
  name_th: string;
  name_en: string | null;
}

export async function listCategoryNames(db: Queryable): Promise<NamedRow[]> {
  const result = await db.query<NamedRow>('select code as key, name_th, name_en from complaint_categories');
  return result.rows;
}

export async function listUnitNames(db: Queryable, ids: readonly string[]): Promise<(NamedRow & { code: string })[]> {
  const result = await db.query<NamedRow & { code: string }>(
    'select id::text as key, code, name_th, name_en from units where id = any($1::uuid[])',
    [ids],
  );
  return result.rows;
}

export interface ScopeAreaRow {
  code: string;
  level: 'province' | 'district' | 'subdistrict';
  name_th: string;
  name_en: string | null;
}

export async function findAreasByCodes(db: Queryable, codes: readonly string[]): Promise<ScopeAreaRow[]> {
  const result = await db.query<ScopeAreaRow>('select code, level, name_th, name_en from areas where code = any($1::text[])', [codes]);
  return result.rows;
}

/** The areas one level below a scope: provinces of the country or of a grouping, districts of a province. */
export async function listChildAreas(
  db: Queryable,
  parent: { kind: 'national' } | { kind: 'grouping'; id: string } | { kind: 'province'; code: string },
) {
  if (parent.kind === 'national') {
    return (await db.query<ScopeAreaRow>(`select code, level, name_th, name_en from areas where level = 'province' order by code`)).rows;
  }
  if (parent.kind === 'grouping') {
    const result = await db.query<ScopeAreaRow>(
      `select a.code, a.level, a.name_th, a.name_en from area_grouping_members m join areas a on a.code = m.province_code
        where m.grouping_id = $1 order by a.code`,
      [parent.id],
    );
    return result.rows;
  }
  const result = await db.query<ScopeAreaRow>(
    `select code, level, name_th, name_en from areas where level = 'district' and parent_code = $1 order by code`,
    [parent.code],
  );
  return result.rows;
}

export interface ScopeGroupingRow {
  id: string;
  kind: 'region' | 'inspection_zone' | 'province_group';
  name_th: string;
  name_en: string | null;
}

export async function findGrouping(db: Queryable, id: string): Promise<ScopeGroupingRow | undefined> {
  const result = await db.query<ScopeGroupingRow>('select id, kind, name_th, name_en from area_groupings where id = $1', [id]);
  return result.rows[0];
}

/** The inspection zone a province belongs to, if any: the step above a province on the way up. */
export async function findProvinceZone(db: Queryable, provinceCode: string): Promise<ScopeGroupingRow | undefined> {
  const result = await db.query<ScopeGroupingRow>(
    `select g.id, g.kind, g.name_th, g.name_en from area_grouping_members m join area_groupings g on g.id = m.grouping_id
      where m.province_code = $1 and g.kind = 'inspection_zone' order by g.number limit 1`,
    [provinceCode],
  );
  return result.rows[0];
}
