import { describe, expect, it } from 'vitest';
import { addMonths, isPeriod, isStale, periodOf } from './reportingCycle.ts';

describe('reporting cycles', () => {
  it('names the month in Thai time, so 31 January 20:00 UTC is already February in Bangkok', () => {
    expect(periodOf(new Date('2027-01-31T16:59:00Z'))).toBe('2027-01');
    expect(periodOf(new Date('2027-01-31T17:00:00Z'))).toBe('2027-02');
    expect(isPeriod('2027-02')).toBe(true);
    expect(isPeriod('2027-13')).toBe(false);
  });

  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addMonths(new Date('2027-01-31T02:00:00Z'), 1).toISOString()).toBe('2027-02-28T02:00:00.000Z');
    expect(addMonths(new Date('2026-11-20T02:00:00Z'), 3).toISOString()).toBe('2027-02-20T02:00:00.000Z');
  });

  it('calls a unit stale once a whole cycle passes without a report, whatever it said before', () => {
    const assignedAt = new Date('2026-11-01T02:00:00Z');
    const lastReportAt = new Date('2026-11-20T02:00:00Z');
    expect(isStale({ lastReportAt, assignedAt, cycleMonths: 1, now: new Date('2026-12-20T01:00:00Z') })).toBe(false);
    expect(isStale({ lastReportAt, assignedAt, cycleMonths: 1, now: new Date('2026-12-20T03:00:00Z') })).toBe(true);
    expect(isStale({ lastReportAt, assignedAt, cycleMonths: 3, now: new Date('2026-12-20T03:00:00Z') })).toBe(false);
    expect(isStale({ lastReportAt: null, assignedAt, cycleMonths: 1, now: new Date('2026-12-02T02:00:00Z') })).toBe(true);
  });
});
