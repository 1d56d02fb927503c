import { describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import { citizenFollowUp, type FollowUpFacts } from './citizenFollowUp.ts';

/** The citizen's 30 days to rate and reopen run from the resolution, whoever moves or closes the case meanwhile. */
describe('citizenFollowUp', () => {
  const resolvedAt = new Date('2026-03-02T03:00:00.000Z');
  const done: FollowUpFacts = { resolvedAt, leadStatus: 'done', merged: false, rating: null };
  const at = (days: number) => {
    const clock = new ManualClock(resolvedAt);
    clock.advanceDays(days);
    return clock.now();
  };

  it('opens rating and reopening the moment the office reports the work done, until 30 days later', () => {
    expect(citizenFollowUp(done, resolvedAt)).toEqual({
      canRate: true,
      canReopen: true,
      until: new Date('2026-04-01T03:00:00.000Z'),
      refusal: null,
    });
  });

  it('keeps both open on day 29 and on the last instant of day 30, after the owner accepted (and closed) the case', () => {
    const accepted = { ...done, leadStatus: 'accepted' };
    expect(citizenFollowUp(accepted, at(29))).toMatchObject({ canRate: true, canReopen: true, refusal: null });
    expect(citizenFollowUp(accepted, at(30))).toMatchObject({ canRate: true, canReopen: true, refusal: null });
  });

  it('closes both a moment after 30 days, and says the window has passed', () => {
    expect(citizenFollowUp(done, new Date(at(30).getTime() + 1))).toMatchObject({
      canRate: false,
      canReopen: false,
      refusal: 'window_closed',
    });
    expect(citizenFollowUp({ ...done, leadStatus: 'accepted' }, at(31))).toMatchObject({
      canRate: false,
      canReopen: false,
      refusal: 'window_closed',
    });
  });

  it('rates once: a rated complaint may still be reopened, not rated again', () => {
    expect(citizenFollowUp({ ...done, rating: 4 }, at(1))).toMatchObject({ canRate: false, canReopen: true });
  });

  it('offers nothing before the work is reported done, once it is back at work, or when joined into another complaint', () => {
    expect(citizenFollowUp({ ...done, resolvedAt: null, leadStatus: 'in_progress' }, at(1))).toMatchObject({
      canRate: false,
      canReopen: false,
      until: null,
      refusal: 'not_resolved',
    });
    expect(citizenFollowUp({ ...done, leadStatus: 'in_progress' }, at(1)).refusal).toBe('not_resolved');
    expect(citizenFollowUp({ ...done, merged: true }, at(1)).refusal).toBe('not_resolved');
  });
});
