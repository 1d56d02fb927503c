import { describe, expect, it } from 'vitest';
import { planServiceLevelSteps, takenStepKey, type AssignmentClock } from './planServiceLevelSteps.ts';
import { matchServiceLevel, type ServiceLevel } from './serviceLevelPolicy.ts';
import { hours } from '../../shared/thaiTime.ts';

const policy: ServiceLevel = {
  id: 'p',
  caseKind: 'complaint',
  category: null,
  priority: null,
  nameTh: 'ทดสอบ',
  nameEn: 'Test',
  remindAfterHours: 48,
  acknowledgeHours: 72,
  resolveHours: 360,
  escalateEveryHours: 72,
  maxEscalationLevels: 3,
  finalUnitCode: 'OPM',
};
const created = new Date('2026-11-01T00:00:00Z');
const at = (elapsed: number) => new Date(created.getTime() + hours(elapsed));
const assignment = (over: Partial<AssignmentClock> = {}): AssignmentClock => ({
  unitId: 'district',
  status: 'sent',
  createdAt: created,
  dueAt: null,
  pausedAt: null,
  pausedMs: 0,
  ...over,
});
const chain = ['province', 'ministry', 'pm-office'];
const plan = (now: Date, over: Partial<AssignmentClock> = {}, taken: string[] = []) =>
  planServiceLevelSteps({ assignment: assignment(over), policy, chain, taken: new Set(taken), now }).map(
    (s) => `${s.step}:${s.reason}:${s.level}->${s.toUnitId}`,
  );

describe('service level steps', () => {
  it('does nothing before the first deadline', () => {
    expect(plan(at(47))).toEqual([]);
  });

  it('reminds the unit, then escalates district → province → ministry → PM office, each after its interval', () => {
    expect(plan(at(48))).toEqual(['reminder:acknowledge:0->district']);
    expect(plan(at(72), {}, ['reminder:acknowledge:0'])).toEqual(['escalation:acknowledge:1->province']);
    expect(plan(at(144), {}, ['reminder:acknowledge:0', 'escalation:acknowledge:1'])).toEqual(['escalation:acknowledge:2->ministry']);
    expect(plan(at(216), {}, ['reminder:acknowledge:0', 'escalation:acknowledge:1', 'escalation:acknowledge:2'])).toEqual([
      'escalation:acknowledge:3->pm-office',
    ]);
  });

  it('catches up on every missed step at once when the sweep has not run for a while', () => {
    expect(plan(at(300))).toEqual([
      'reminder:acknowledge:0->district',
      'escalation:acknowledge:1->province',
      'escalation:acknowledge:2->ministry',
      'escalation:acknowledge:3->pm-office',
    ]);
  });

  it('stops acknowledgement steps once acknowledged, and escalates late resolution instead', () => {
    expect(plan(at(300), { status: 'acknowledged' })).toEqual([]);
    expect(plan(at(360), { status: 'in_progress' })).toEqual(['reminder:resolve:0->district', 'escalation:resolve:1->province']);
    expect(plan(at(900), { status: 'done' })).toEqual([]);
  });

  it('moves every deadline by the time spent waiting for the citizen, and takes no step while paused', () => {
    expect(plan(at(100), { pausedAt: at(10) })).toEqual([]);
    expect(plan(at(100), { pausedMs: 60 * 3_600_000 })).toEqual([]);
    expect(plan(at(110), { pausedMs: 60 * 3_600_000 })).toEqual(['reminder:acknowledge:0->district']);
  });

  it('uses the assignment due date when the policy has no resolve time', () => {
    const noResolve = { ...policy, resolveHours: null, remindAfterHours: null, acknowledgeHours: null };
    const steps = planServiceLevelSteps({
      assignment: assignment({ status: 'in_progress', dueAt: at(10) }),
      policy: noResolve,
      chain,
      taken: new Set(),
      now: at(11),
    });
    expect(steps.map(takenStepKey)).toEqual(['reminder:resolve:0', 'escalation:resolve:1']);
  });

  it('picks the most specific policy', () => {
    const general = { ...policy, id: 'general' };
    const urgent = { ...policy, id: 'urgent', priority: 'urgent' as const };
    const roads = { ...policy, id: 'roads', category: 'roads' };
    expect(matchServiceLevel([general, urgent, roads], { kind: 'complaint', category: 'roads', priority: 'urgent' })?.id).toBe('roads');
    expect(matchServiceLevel([general, urgent, roads], { kind: 'complaint', category: 'lights', priority: 'urgent' })?.id).toBe('urgent');
    expect(matchServiceLevel([general, urgent, roads], { kind: 'complaint', category: null, priority: 'normal' })?.id).toBe('general');
    expect(matchServiceLevel([general], { kind: 'directive', category: null, priority: 'normal' })).toBeUndefined();
  });
});
