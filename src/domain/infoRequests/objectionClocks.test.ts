import { describe, expect, it } from 'vitest';
import {
  appealDeadlineFrom,
  extendedComplaintDue,
  objectionDueFrom,
  objectionWays,
  type AnswerForObjection,
  type RequestForObjection,
} from './objectionClocks.ts';

const at = (iso: string) => new Date(iso);

describe('the appeal clock (section 18)', () => {
  it('runs 15 calendar days from the day after the answer, to the end of the last day in Bangkok', () => {
    // Answered 7 December 2026 at 10:00 Bangkok: day 1 is 8 December, day 15 is 22 December.
    expect(appealDeadlineFrom(at('2026-12-07T03:00:00Z')).toISOString()).toBe('2026-12-22T16:59:59.999Z');
  });

  it('takes the Bangkok day, not the UTC one: 23:30 Bangkok on 31 December counts from 1 January', () => {
    expect(appealDeadlineFrom(at('2026-12-31T16:30:00Z')).toISOString()).toBe('2027-01-15T16:59:59.999Z');
  });
});

describe('the Commission clocks', () => {
  it('gives a complaint 30 days, extended once to 60 in all from filing (section 13)', () => {
    const filed = at('2026-12-07T03:00:00Z');
    expect(objectionDueFrom('oic_complaint', filed).toISOString()).toBe('2027-01-06T16:59:59.999Z');
    expect(extendedComplaintDue(filed).toISOString()).toBe('2027-02-05T16:59:59.999Z');
  });

  it('gives an appeal its own, longer target', () => {
    const filed = at('2026-12-07T03:00:00Z');
    expect(objectionDueFrom('appeal', filed).getTime()).toBeGreaterThan(objectionDueFrom('oic_complaint', filed).getTime());
  });
});

describe('objectionWays', () => {
  const now = at('2026-12-10T03:00:00Z');
  const pending: RequestForObjection = { state: 'awaiting_response', due_at: at('2026-12-20T16:59:59Z'), clarification_since: null };
  const refusal: AnswerForObjection = { outcome: 'refused', appeal_deadline_at: at('2026-12-22T16:59:59.999Z'), refuses: true };
  const none = new Set<'appeal' | 'oic_complaint'>();

  it('opens neither way while the agency is within its time', () => {
    const ways = objectionWays(pending, null, none, now);
    expect(ways.appeal).toMatchObject({ open: false, reason: 'not_refused' });
    expect(ways.oic_complaint).toMatchObject({ open: false, reason: 'not_yet_due' });
  });

  it('opens a complaint about delay once the request is past its due date unanswered', () => {
    const ways = objectionWays(pending, null, none, at('2026-12-21T00:00:00Z'));
    expect(ways.oic_complaint).toEqual({ open: true, deadline: pending.due_at, basis: 'delay' });
  });

  it('keeps the complaint closed while the agency waits for clarification (its clock is stopped)', () => {
    const waiting = { ...pending, state: 'clarification_needed' as const, clarification_since: at('2026-12-08T00:00:00Z') };
    expect(objectionWays(waiting, null, none, at('2026-12-25T00:00:00Z')).oic_complaint).toMatchObject({
      reason: 'awaiting_clarification',
    });
  });

  it('opens an appeal against a refusal until its deadline, and not after', () => {
    const refused = { ...pending, state: 'refused' as const };
    expect(objectionWays(refused, refusal, none, now).appeal).toEqual({ open: true, deadline: refusal.appeal_deadline_at });
    expect(objectionWays(refused, refusal, none, at('2026-12-22T17:00:00Z')).appeal).toMatchObject({
      open: false,
      reason: 'deadline_passed',
    });
    expect(objectionWays(refused, refusal, new Set(['appeal']), now).appeal).toMatchObject({ open: false, reason: 'already_open' });
  });

  it('opens no appeal against an answer that refuses nothing, but a complaint of non-compliance', () => {
    const full = { ...pending, state: 'answered_full' as const };
    const ways = objectionWays(full, { outcome: 'answered_full', appeal_deadline_at: null, refuses: false }, none, now);
    expect(ways.appeal).toMatchObject({ open: false, reason: 'not_refused' });
    expect(ways.oic_complaint).toEqual({ open: true, deadline: null, basis: 'non_compliance' });
  });

  it('opens nothing on a withdrawn request', () => {
    const ways = objectionWays({ ...pending, state: 'withdrawn' }, refusal, none, now);
    expect([ways.appeal.open, ways.oic_complaint.open]).toEqual([false, false]);
  });
});
