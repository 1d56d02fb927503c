import type { AssignmentStatus } from '../cases/assignmentLifecycle.ts';
import { countsWorkingDays, type ServiceLevel } from './serviceLevelPolicy.ts';
import { hours } from '../../shared/thaiTime.ts';

export type StepKind = 'reminder' | 'escalation';
export type StepReason = 'acknowledge' | 'resolve';

export interface PlannedStep {
  step: StepKind;
  reason: StepReason;
  /** 0 for reminders; 1 for the first unit up the chain, 2 for the next... */
  level: number;
  toUnitId: string;
  /** When the step fell due (for the event, and to order steps). */
  dueAt: Date;
}

export interface AssignmentClock {
  unitId: string;
  status: AssignmentStatus;
  createdAt: Date;
  dueAt: Date | null;
  pausedAt: Date | null;
  pausedMs: number;
}

const stepKey = (step: StepKind, reason: StepReason, level: number) => `${step}:${reason}:${level}`;

export function takenStepKey(row: { step: StepKind; reason: StepReason; level: number }): string {
  return stepKey(row.step, row.reason, row.level);
}

/**
 * Which reminders and escalations are due now and not yet taken. Pure: the
 * sweep feeds it an assignment, its policy, the escalation chain (unit ids
 * nearest first) and the steps already taken, and records what it returns.
 *
 * - Not acknowledged after `remindAfterHours`: remind the unit.
 * - Not acknowledged by `acknowledgeHours`: escalate to the first unit up the
 *   chain, then one more level every `escalateEveryHours`, up to
 *   `maxEscalationLevels`.
 * - Not done by the resolve deadline (`resolveHours`, or the assignment's own
 *   due date): remind the unit, then escalate the same way.
 * - While paused (waiting for a citizen), nothing falls due, and paused time
 *   moves every deadline later.
 *
 * A policy in working days (official-information requests) is planned by
 * `planWorkingDaySteps` with the deadline rule passed in as `addWorkingDays`
 * (the calendar is data, read by the caller); without it such a policy plans nothing.
 */
export function planServiceLevelSteps(input: {
  assignment: AssignmentClock;
  policy: ServiceLevel;
  chain: readonly string[];
  taken: ReadonlySet<string>;
  now: Date;
  /** The end of the n-th working day after `from` (`domain/calendar/workingDays.ts` with the holidays). */
  addWorkingDays?: (from: Date, n: number) => Date;
}): PlannedStep[] {
  const { assignment, policy, chain, taken, now } = input;
  if (assignment.pausedAt) return [];
  const open = assignment.status === 'sent' || assignment.status === 'acknowledged' || assignment.status === 'in_progress';
  if (!open) return [];
  if (countsWorkingDays(policy)) {
    return input.addWorkingDays ? planWorkingDaySteps({ ...input, addWorkingDays: input.addWorkingDays }) : [];
  }
  const start = assignment.createdAt.getTime() + assignment.pausedMs;
  const steps: PlannedStep[] = [];
  const add = (step: StepKind, reason: StepReason, level: number, toUnitId: string, due: number) => {
    if (due <= now.getTime() && !taken.has(stepKey(step, reason, level)))
      steps.push({ step, reason, level, toUnitId, dueAt: new Date(due) });
  };
  const escalate = (reason: StepReason, deadline: number) => {
    const levels = Math.min(policy.maxEscalationLevels, chain.length);
    for (let level = 1; level <= levels; level++) {
      if (level > 1 && !policy.escalateEveryHours) break;
      add('escalation', reason, level, chain[level - 1]!, deadline + (level - 1) * hours(policy.escalateEveryHours ?? 0));
    }
  };

  if (assignment.status === 'sent') {
    if (policy.remindAfterHours) add('reminder', 'acknowledge', 0, assignment.unitId, start + hours(policy.remindAfterHours));
    if (policy.acknowledgeHours) escalate('acknowledge', start + hours(policy.acknowledgeHours));
  }
  const resolveBy = policy.resolveHours
    ? start + hours(policy.resolveHours)
    : assignment.dueAt
      ? assignment.dueAt.getTime() + assignment.pausedMs
      : null;
  if (resolveBy !== null) {
    add('reminder', 'resolve', 0, assignment.unitId, resolveBy);
    escalate('resolve', resolveBy);
  }
  return steps.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/**
 * Steps of a policy counted in working days, from the assignment's start (created, plus time paused):
 * - Not acknowledged by the end of `acknowledgeWorkingDays`: remind the unit.
 * - Not done by the end of `resolveWorkingDays` (the answer's due date): remind the unit.
 * - Not done by the end of `longOverdueWorkingDays`: escalate to the first unit up the chain, then one
 *   more level every `escalateEveryWorkingDays`, up to `maxEscalationLevels`. Without a long-overdue
 *   figure, the first escalation is `escalateEveryWorkingDays` after the due date.
 */
export function planWorkingDaySteps(input: {
  assignment: AssignmentClock;
  policy: ServiceLevel;
  chain: readonly string[];
  taken: ReadonlySet<string>;
  now: Date;
  addWorkingDays: (from: Date, n: number) => Date;
}): PlannedStep[] {
  const { assignment, policy, chain, taken, now, addWorkingDays } = input;
  const start = new Date(assignment.createdAt.getTime() + assignment.pausedMs);
  const steps: PlannedStep[] = [];
  const add = (step: StepKind, reason: StepReason, level: number, toUnitId: string, due: Date) => {
    if (due.getTime() <= now.getTime() && !taken.has(stepKey(step, reason, level)))
      steps.push({ step, reason, level, toUnitId, dueAt: due });
  };
  if (assignment.status === 'sent' && policy.acknowledgeWorkingDays) {
    add('reminder', 'acknowledge', 0, assignment.unitId, addWorkingDays(start, policy.acknowledgeWorkingDays));
  }
  if (policy.resolveWorkingDays) {
    add('reminder', 'resolve', 0, assignment.unitId, addWorkingDays(start, policy.resolveWorkingDays));
    const every = policy.escalateEveryWorkingDays ?? null;
    const first = policy.longOverdueWorkingDays ?? (every ? policy.resolveWorkingDays + every : null);
    const levels = Math.min(policy.maxEscalationLevels, chain.length);
    for (let level = 1; first !== null && level <= levels; level++) {
      if (level > 1 && !every) break;
      add('escalation', 'resolve', level, chain[level - 1]!, addWorkingDays(start, first + (level - 1) * (every ?? 0)));
    }
  }
  return steps.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
