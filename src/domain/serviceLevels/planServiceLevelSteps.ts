import type { AssignmentStatus } from '../cases/assignmentLifecycle.ts';
import type { ServiceLevel } from './serviceLevelPolicy.ts';
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
 */
export function planServiceLevelSteps(input: {
  assignment: AssignmentClock;
  policy: ServiceLevel;
  chain: readonly string[];
  taken: ReadonlySet<string>;
  now: Date;
}): PlannedStep[] {
  const { assignment, policy, chain, taken, now } = input;
  if (assignment.pausedAt) return [];
  const open = assignment.status === 'sent' || assignment.status === 'acknowledged' || assignment.status === 'in_progress';
  if (!open) return [];
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
