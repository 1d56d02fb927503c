import type { Database } from '../db/database.ts';
import { appendEvent } from '../db/queries/eventQueries.ts';
import { insertStep, linkStepEvent, listAssignmentsToSweep, loadServiceLevels, takenSteps } from '../db/queries/serviceLevelQueries.ts';
import { loadHolidayDays } from '../db/queries/publicHolidayQueries.ts';
import { findUnitsByIds, type UnitRow } from '../db/queries/unitQueries.ts';
import { addWorkingDays } from '../domain/calendar/workingDays.ts';
import type { Clock } from '../domain/clock.ts';
import { escalationChain } from '../domain/serviceLevels/escalationChain.ts';
import { planServiceLevelSteps, takenStepKey } from '../domain/serviceLevels/planServiceLevelSteps.ts';
import { countsWorkingDays, matchAgencyServiceLevel } from '../domain/serviceLevels/serviceLevelPolicy.ts';

const PAGE = 500;

/**
 * Finds reminders and escalations that have fallen due and records each once,
 * with its event, in its own transaction. Safe to run often and from several
 * processes: a step already recorded is skipped. An assignment's policy is its unit's own row (or its
 * nearest ancestor's) for the case kind, else the kind's; a policy in working days counts with the
 * public-holiday calendar.
 */
export async function sweepServiceLevels(deps: { db: Database; clock: Clock }): Promise<{ reminders: number; escalations: number }> {
  const { db } = deps;
  const now = deps.clock.now();
  const policies = await loadServiceLevels(db);
  if (policies.length === 0) return { reminders: 0, escalations: 0 };
  const root = await db.query<{ id: string }>('select id from units where parent_id is null order by depth limit 1');
  const rootId = root.rows[0]?.id ?? '';
  const finalCodes = [...new Set(policies.map((p) => p.finalUnitCode).filter((code): code is string => Boolean(code)))];
  const finals = await db.query<{ code: string; id: string }>('select code, id from units where code = any($1::text[])', [finalCodes]);
  const finalIdByCode = new Map(finals.rows.map((row) => [row.code, row.id]));
  const holidays = policies.some(countsWorkingDays) ? await loadHolidayDays(db) : new Set<string>();
  const workingDays = (from: Date, n: number) => addWorkingDays(from, n, holidays);
  const unitCache = new Map<string, UnitRow>();
  let reminders = 0;
  let escalations = 0;
  let afterId: string | null = null;

  for (;;) {
    const page = await listAssignmentsToSweep(db, { afterId, limit: PAGE });
    if (page.length === 0) break;
    afterId = page[page.length - 1]!.id;
    const taken = new Map<string, Set<string>>();
    for (const row of await takenSteps(
      db,
      page.map((a) => a.id),
    )) {
      if (!taken.has(row.assignment_id)) taken.set(row.assignment_id, new Set());
      taken.get(row.assignment_id)!.add(takenStepKey(row));
    }
    for (const assignment of page) {
      const policy = matchAgencyServiceLevel(
        policies,
        { kind: assignment.case_kind, category: assignment.case_category, priority: assignment.case_priority },
        assignment.unit_path,
      );
      if (!policy) continue;
      const chain = escalationChain(assignment.unit_path, {
        rootId,
        finalUnitId: policy.finalUnitCode ? (finalIdByCode.get(policy.finalUnitCode) ?? null) : null,
      });
      const steps = planServiceLevelSteps({
        assignment: {
          unitId: assignment.unit_id,
          status: assignment.status,
          createdAt: assignment.created_at,
          dueAt: assignment.due_at,
          pausedAt: assignment.paused_at,
          pausedMs: assignment.paused_ms,
        },
        policy,
        chain,
        taken: taken.get(assignment.id) ?? new Set(),
        now,
        addWorkingDays: workingDays,
      });
      if (steps.length === 0) continue;
      const missing = steps.map((s) => s.toUnitId).filter((id) => !unitCache.has(id));
      for (const unit of await findUnitsByIds(db, missing)) unitCache.set(unit.id, unit);
      for (const step of steps) {
        const toUnit = unitCache.get(step.toUnitId);
        const recorded = await db.transaction(async (tx) => {
          const stepId = await insertStep(tx, { assignmentId: assignment.id, caseId: assignment.case_id, ...step, now });
          if (!stepId) return false;
          const eventId = await appendEvent(tx, {
            caseId: assignment.case_id,
            assignmentId: assignment.id,
            type: step.step === 'reminder' ? 'reminded' : 'escalated',
            actorUserId: null,
            actorUnitId: null,
            data: {
              reason: step.reason,
              level: step.level,
              dueAt: step.dueAt.toISOString(),
              toUnit: toUnit
                ? { id: toUnit.id, code: toUnit.code, name: { th: toUnit.name_th, en: toUnit.name_en ?? toUnit.name_th } }
                : null,
              serviceLevel: { th: policy.nameTh, en: policy.nameEn },
            },
            at: now,
          });
          await linkStepEvent(tx, stepId, eventId);
          return true;
        });
        if (recorded && step.step === 'reminder') reminders++;
        if (recorded && step.step === 'escalation') escalations++;
      }
    }
  }
  return { reminders, escalations };
}
