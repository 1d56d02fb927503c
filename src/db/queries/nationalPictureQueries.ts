import type { Queryable } from '../database.ts';
import { assignmentOverdueSql } from './overdueSql.ts';
import type { IndicatorRow, MeasurementRow } from './indicatorQueries.ts';

/**
 * The counts of one case's live assignments in one province under one ministry: the grain
 * the national picture adds up by case, by ministry and by inspection zone.
 */
export interface DeliveryTallyRow {
  case_id: string;
  /** The province the unit serves (its area's first two digits); null for central units. */
  province_code: string | null;
  /** The unit's ancestor one level below the government (its ministry, or an independent agency). */
  ministry_id: string | null;
  assigned: number;
  acknowledged: number;
  overdue: number;
  help_needed: number;
  /** Index of the worst latest RAG in `ragRatings` (0 green … 2 red), -1 when none reported. */
  worst_rag: number;
  /** Index of the worst latest confidence in `confidenceLevels`, -1 when none reported. */
  worst_confidence: number;
}

/**
 * Counts the live assignments (not returned) of the given cases, grouped by case, province
 * and ministry, with each assignment's latest progress report: acknowledged, overdue
 * (past due, or past the acknowledgement deadline unacknowledged: `overdueSql.ts`), help asked, worst RAG and confidence. One indexed read per case
 * (the `(case_id, unit_id)` key); a directive to 900 district offices yields 77 rows, not 900.
 */
export async function listDeliveryTallies(db: Queryable, caseIds: readonly string[], now: Date): Promise<DeliveryTallyRow[]> {
  if (caseIds.length === 0) return [];
  const result = await db.query<DeliveryTallyRow>(
    `select a.case_id, left(u.area_code, 2) as province_code, nullif(split_part(u.path, '/', 3), '')::uuid as ministry_id,
            count(*)::int as assigned,
            count(a.acknowledged_at)::int as acknowledged,
            count(*) filter (where ${assignmentOverdueSql('a', '$2')})::int as overdue,
            count(*) filter (where r.help_needed)::int as help_needed,
            coalesce(max(case r.rag when 'green' then 0 when 'amber' then 1 when 'red' then 2 end), -1)::int as worst_rag,
            coalesce(max(case r.confidence when 'green' then 0 when 'amber_green' then 1 when 'amber' then 2
                                           when 'amber_red' then 3 when 'red' then 4 end), -1)::int as worst_confidence
       from assignments a
       join units u on u.id = a.unit_id
       left join lateral (
         select p.rag, p.confidence, p.help_needed from progress_reports p
          where p.assignment_id = a.id order by p.event_id desc limit 1
       ) r on true
      where a.case_id = any($1::uuid[]) and a.status <> 'returned'
      group by 1, 2, 3`,
    [caseIds, now],
  );
  return result.rows;
}

export interface NamedUnitRow {
  id: string;
  code: string;
  name_th: string;
  name_en: string | null;
}

/** The units one level below the government: the rows of "by ministry". */
export async function listTopUnits(db: Queryable, ids: readonly string[]): Promise<NamedUnitRow[]> {
  if (ids.length === 0) return [];
  const result = await db.query<NamedUnitRow>('select id, code, name_th, name_en from units where id = any($1::uuid[]) order by code', [
    ids,
  ]);
  return result.rows;
}

/** The outcome indicators of several cases, for their standing against the trajectory. */
export async function listIndicatorsOfCases(db: Queryable, caseIds: readonly string[]): Promise<IndicatorRow[]> {
  if (caseIds.length === 0) return [];
  const result = await db.query<IndicatorRow>(
    `select id, case_id, name_th, name_en, unit_of_measure, direction, kind, baseline, target, target_date, aggregation, trajectory, created_at
       from indicators where case_id = any($1::uuid[]) order by created_at, id`,
    [caseIds],
  );
  return result.rows;
}

/** The measurements of several cases' indicators, with the unit's path for roll-ups. */
export async function listMeasurementsOfCases(db: Queryable, caseIds: readonly string[]): Promise<MeasurementRow[]> {
  if (caseIds.length === 0) return [];
  const result = await db.query<MeasurementRow>(
    `select m.indicator_id, m.unit_id, u.path as unit_path, u.code as unit_code, u.name_th as unit_name_th, u.name_en as unit_name_en,
            left(u.area_code, 2) as province_code, m.period, m.value, m.recorded_at
       from indicator_measurements m
       join indicators i on i.id = m.indicator_id
       join units u on u.id = m.unit_id
      where i.case_id = any($1::uuid[])`,
    [caseIds],
  );
  return result.rows;
}

export interface ZoneProvinceRow {
  zone_id: string;
  number: number;
  zone_name_th: string;
  zone_name_en: string | null;
  code: string;
  name_th: string;
  name_en: string | null;
}

/** One inspection zone (by number; 0 is central Bangkok) with its provinces in code order; empty when no such zone. */
export async function listZoneProvinces(db: Queryable, number: number): Promise<ZoneProvinceRow[]> {
  const result = await db.query<ZoneProvinceRow>(
    `select g.id as zone_id, g.number, g.name_th as zone_name_th, g.name_en as zone_name_en, p.code, p.name_th, p.name_en
       from area_groupings g
       join area_grouping_members m on m.grouping_id = g.id
       join areas p on p.code = m.province_code
      where g.kind = 'inspection_zone' and g.number = $1
      order by p.code`,
    [number],
  );
  return result.rows;
}
