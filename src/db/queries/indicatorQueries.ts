import type { Aggregation, Direction, IndicatorKind, TrajectoryPoint } from '../../domain/indicators/indicatorTypes.ts';
import type { Queryable } from '../database.ts';

export interface IndicatorRow {
  id: string;
  case_id: string;
  name_th: string;
  name_en: string | null;
  unit_of_measure: string;
  direction: Direction;
  kind: IndicatorKind;
  baseline: number;
  target: number;
  target_date: string | null;
  aggregation: Aggregation;
  trajectory: TrajectoryPoint[];
  created_at: Date;
}

export type NewIndicator = Omit<IndicatorRow, 'id' | 'created_at'> & { created_by: string; now: Date };

const INDICATOR_COLUMNS = `id, case_id, name_th, name_en, unit_of_measure, direction, kind, baseline, target, target_date, aggregation,
  trajectory, created_at`;

export async function insertIndicator(db: Queryable, input: NewIndicator): Promise<IndicatorRow> {
  const result = await db.query<IndicatorRow>(
    `insert into indicators (case_id, name_th, name_en, unit_of_measure, direction, kind, baseline, target, target_date, aggregation,
                             trajectory, created_by, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning ${INDICATOR_COLUMNS}`,
    [
      input.case_id,
      input.name_th,
      input.name_en,
      input.unit_of_measure,
      input.direction,
      input.kind,
      input.baseline,
      input.target,
      input.target_date,
      input.aggregation,
      JSON.stringify(input.trajectory),
      input.created_by,
      input.now,
    ],
  );
  return result.rows[0]!;
}

export async function listCaseIndicators(db: Queryable, caseId: string): Promise<IndicatorRow[]> {
  const result = await db.query<IndicatorRow>(`select ${INDICATOR_COLUMNS} from indicators where case_id = $1 order by created_at, id`, [
    caseId,
  ]);
  return result.rows;
}

export async function findIndicator(db: Queryable, id: string): Promise<IndicatorRow | undefined> {
  const result = await db.query<IndicatorRow>(`select ${INDICATOR_COLUMNS} from indicators where id = $1`, [id]);
  return result.rows[0];
}

export interface MeasurementRow {
  indicator_id: string;
  unit_id: string;
  unit_path: string;
  unit_code: string;
  unit_name_th: string;
  unit_name_en: string | null;
  province_code: string | null;
  period: string;
  value: number;
  recorded_at: Date;
}

/** Records a unit's value for a period, replacing an earlier value of the same period. */
export async function upsertMeasurement(
  db: Queryable,
  input: { indicatorId: string; unitId: string; period: string; value: number; eventId: number; reportedBy: string; now: Date },
): Promise<void> {
  await db.query(
    `insert into indicator_measurements (indicator_id, unit_id, period, value, event_id, reported_by, recorded_at)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (indicator_id, unit_id, period)
     do update set value = excluded.value, event_id = excluded.event_id, reported_by = excluded.reported_by,
                   recorded_at = excluded.recorded_at`,
    [input.indicatorId, input.unitId, input.period, input.value, input.eventId, input.reportedBy, input.now],
  );
}

/** Every measurement of a case's indicators, with the unit's place in the tree and the province it serves. */
export async function listCaseMeasurements(db: Queryable, caseId: string): Promise<MeasurementRow[]> {
  const result = await db.query<MeasurementRow>(
    `select m.indicator_id, m.unit_id, u.path as unit_path, u.code as unit_code, u.name_th as unit_name_th, u.name_en as unit_name_en,
            left(u.area_code, 2) as province_code, m.period, m.value, m.recorded_at
       from indicator_measurements m
       join indicators i on i.id = m.indicator_id
       join units u on u.id = m.unit_id
      where i.case_id = $1
      order by m.period, u.code`,
    [caseId],
  );
  return result.rows;
}

export interface GroupingRow {
  id: string;
  kind: string;
  number: number | null;
  name_th: string;
  name_en: string | null;
  province_codes: string[];
}

export async function listGroupings(db: Queryable, kind: string): Promise<GroupingRow[]> {
  const result = await db.query<GroupingRow>(
    `select g.id, g.kind, g.number, g.name_th, g.name_en,
            coalesce(array_agg(m.province_code order by m.province_code) filter (where m.province_code is not null), '{}') as province_codes
       from area_groupings g left join area_grouping_members m on m.grouping_id = g.id
      where g.kind = $1
      group by g.id order by g.number nulls last, g.id`,
    [kind],
  );
  return result.rows;
}
