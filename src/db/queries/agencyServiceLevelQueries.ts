import type { Queryable } from '../database.ts';

/** A service level row of a case kind counted in working days: an agency's own (unit_id set) or the kind's default. */
export interface WorkingDayLevelRow {
  id: string;
  unit_id: string | null;
  name_th: string;
  name_en: string;
  acknowledge_working_days: number | null;
  resolve_working_days: number | null;
  long_overdue_working_days: number | null;
  escalate_every_working_days: number | null;
  max_escalation_levels: number;
  final_unit_code: string | null;
}

const COLUMNS = `id, unit_id, name_th, name_en, acknowledge_working_days, resolve_working_days, long_overdue_working_days,
  escalate_every_working_days, max_escalation_levels, final_unit_code`;

/** The rows of `caseKind` for any of `unitIds` (a unit and its ancestors), and the kind's default (unit_id null). */
export async function findWorkingDayLevels(
  db: Queryable,
  input: { caseKind: string; unitIds: readonly string[]; lock?: boolean },
): Promise<WorkingDayLevelRow[]> {
  const result = await db.query<WorkingDayLevelRow>(
    `select ${COLUMNS} from service_levels
      where case_kind = $1 and category is null and priority is null
        and (unit_id is null or unit_id = any($2::uuid[]))
      order by unit_id nulls first${input.lock ? ' for update' : ''}`,
    [input.caseKind, input.unitIds],
  );
  return result.rows;
}

export interface WorkingDayLevelInput {
  caseKind: string;
  unitId: string;
  nameTh: string;
  nameEn: string;
  acknowledgeWorkingDays: number;
  resolveWorkingDays: number;
  longOverdueWorkingDays: number;
  escalateEveryWorkingDays: number;
  maxEscalationLevels: number;
  finalUnitCode: string | null;
}

/** Writes a unit's own row of the kind (the unique match index includes unit_id). */
export async function upsertUnitWorkingDayLevel(db: Queryable, input: WorkingDayLevelInput): Promise<void> {
  const values = [
    input.caseKind,
    input.unitId,
    input.nameTh,
    input.nameEn,
    input.acknowledgeWorkingDays,
    input.resolveWorkingDays,
    input.longOverdueWorkingDays,
    input.escalateEveryWorkingDays,
    input.maxEscalationLevels,
    input.finalUnitCode,
  ];
  const updated = await db.query(
    `update service_levels set name_th = $3, name_en = $4, acknowledge_working_days = $5, resolve_working_days = $6,
            long_overdue_working_days = $7, escalate_every_working_days = $8, max_escalation_levels = $9, final_unit_code = $10
      where case_kind = $1 and unit_id = $2 and category is null and priority is null returning id`,
    values,
  );
  if (updated.rows.length > 0) return;
  await db.query(
    `insert into service_levels (case_kind, unit_id, name_th, name_en, acknowledge_working_days, resolve_working_days,
                                 long_overdue_working_days, escalate_every_working_days, max_escalation_levels, final_unit_code)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    values,
  );
}

/** Removes a unit's own row of the kind; it follows its ancestors' or the default again. */
export async function deleteUnitWorkingDayLevel(db: Queryable, input: { caseKind: string; unitId: string }): Promise<boolean> {
  const result = await db.query(
    `delete from service_levels where case_kind = $1 and unit_id = $2 and category is null and priority is null returning id`,
    [input.caseKind, input.unitId],
  );
  return result.rows.length > 0;
}
