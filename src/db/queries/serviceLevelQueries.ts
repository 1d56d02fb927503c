import type { AssignmentStatus } from '../../domain/cases/assignmentLifecycle.ts';
import type { CaseKind, Priority } from '../../domain/cases/caseKinds.ts';
import type { StepKind, StepReason } from '../../domain/serviceLevels/planServiceLevelSteps.ts';
import type { ServiceLevel } from '../../domain/serviceLevels/serviceLevelPolicy.ts';
import type { Queryable } from '../database.ts';

export async function loadServiceLevels(db: Queryable): Promise<ServiceLevel[]> {
  const result = await db.query<{
    id: string;
    case_kind: string;
    category: string | null;
    priority: Priority | null;
    name_th: string;
    name_en: string;
    remind_after_hours: number | null;
    acknowledge_hours: number | null;
    resolve_hours: number | null;
    escalate_every_hours: number | null;
    max_escalation_levels: number;
    final_unit_code: string | null;
    unit_id: string | null;
    acknowledge_working_days: number | null;
    resolve_working_days: number | null;
    long_overdue_working_days: number | null;
    escalate_every_working_days: number | null;
  }>('select * from service_levels order by case_kind, category nulls first, priority nulls first, unit_id nulls first');
  return result.rows.map((row) => ({
    id: row.id,
    caseKind: row.case_kind,
    category: row.category,
    priority: row.priority,
    nameTh: row.name_th,
    nameEn: row.name_en,
    remindAfterHours: row.remind_after_hours,
    acknowledgeHours: row.acknowledge_hours,
    resolveHours: row.resolve_hours,
    escalateEveryHours: row.escalate_every_hours,
    maxEscalationLevels: row.max_escalation_levels,
    finalUnitCode: row.final_unit_code,
    unitId: row.unit_id,
    acknowledgeWorkingDays: row.acknowledge_working_days,
    resolveWorkingDays: row.resolve_working_days,
    longOverdueWorkingDays: row.long_overdue_working_days,
    escalateEveryWorkingDays: row.escalate_every_working_days,
  }));
}

export interface SweepRow {
  id: string;
  case_id: string;
  case_kind: CaseKind;
  case_category: string | null;
  case_priority: Priority;
  unit_id: string;
  unit_path: string;
  status: AssignmentStatus;
  created_at: Date;
  due_at: Date | null;
  paused_at: Date | null;
  paused_ms: number;
}

/** Open assignments of open cases, a page at a time in id order. */
export async function listAssignmentsToSweep(db: Queryable, input: { afterId: string | null; limit: number }): Promise<SweepRow[]> {
  const result = await db.query<SweepRow>(
    `select a.id, a.case_id, c.kind as case_kind, c.category as case_category, c.priority as case_priority,
            a.unit_id, u.path as unit_path, a.status, a.created_at, a.due_at, a.paused_at, a.paused_ms
       from assignments a join cases c on c.id = a.case_id join units u on u.id = a.unit_id
      where a.status in ('sent', 'acknowledged', 'in_progress') and c.status <> 'closed'
        and ($1::uuid is null or a.id > $1::uuid)
      order by a.id limit $2`,
    [input.afterId, input.limit],
  );
  return result.rows;
}

export async function takenSteps(
  db: Queryable,
  assignmentIds: readonly string[],
): Promise<{ assignment_id: string; step: StepKind; reason: StepReason; level: number }[]> {
  if (assignmentIds.length === 0) return [];
  const result = await db.query<{ assignment_id: string; step: StepKind; reason: StepReason; level: number }>(
    'select assignment_id, step, reason, level from service_level_steps where assignment_id = any($1::uuid[])',
    [assignmentIds],
  );
  return result.rows;
}

/** Records a step once; returns its id, or undefined when another sweep recorded it first. */
export async function insertStep(
  db: Queryable,
  input: { assignmentId: string; caseId: string; step: StepKind; reason: StepReason; level: number; toUnitId: string; now: Date },
): Promise<string | undefined> {
  const result = await db.query<{ id: string }>(
    `insert into service_level_steps (assignment_id, case_id, step, reason, level, to_unit_id, created_at)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (assignment_id, step, reason, level) do nothing returning id`,
    [input.assignmentId, input.caseId, input.step, input.reason, input.level, input.toUnitId, input.now],
  );
  return result.rows[0]?.id;
}

export async function linkStepEvent(db: Queryable, stepId: string, eventId: number): Promise<void> {
  await db.query('update service_level_steps set event_id = $2 where id = $1', [stepId, eventId]);
}

/** Takes or renews the named lease for `ms`; false when another holder has it. */
export async function takeJobLease(db: Queryable, input: { name: string; holder: string; now: Date; ms: number }): Promise<boolean> {
  const until = new Date(input.now.getTime() + input.ms);
  const result = await db.query(
    `insert into job_leases (name, holder, leased_until) values ($1, $2, $3)
     on conflict (name) do update set holder = excluded.holder, leased_until = excluded.leased_until
       where job_leases.leased_until < $4 or job_leases.holder = excluded.holder
     returning name`,
    [input.name, input.holder, until, input.now],
  );
  return result.rows.length === 1;
}
