import { describe, expect, it } from 'vitest';
import { isBetterScore } from './judgeRetrain.ts';
import { lastScheduledAt, parseRetrainSchedule, retrainDue } from './retrainSchedule.ts';

const score = (top1: number, top3: number) => ({ tested: 10, top1, top3, perCategory: [] });

describe('the nightly retrain', () => {
  it('reads CLASSIFIER_RETRAIN_AT: a Bangkok time, off, or the default 02:00; refuses anything else', () => {
    expect(parseRetrainSchedule(undefined)).toEqual({ hour: 2, minute: 0 });
    expect(parseRetrainSchedule(' ')).toEqual({ hour: 2, minute: 0 });
    expect(parseRetrainSchedule('23:45')).toEqual({ hour: 23, minute: 45 });
    expect(parseRetrainSchedule('off')).toBeNull();
    for (const wrong of ['24:00', '2am', '02:60', 'true']) expect(() => parseRetrainSchedule(wrong)).toThrow(/CLASSIFIER_RETRAIN_AT/);
  });

  it('comes round at 02:00 Bangkok time (19:00 UTC the day before)', () => {
    const at = { hour: 2, minute: 0 };
    expect(lastScheduledAt(at, new Date('2026-03-03T19:10:00Z')).toISOString()).toBe('2026-03-03T19:00:00.000Z');
    expect(lastScheduledAt(at, new Date('2026-03-03T18:59:00Z')).toISOString()).toBe('2026-03-02T19:00:00.000Z');
    expect(lastScheduledAt(at, new Date('2026-03-03T19:00:00Z')).toISOString()).toBe('2026-03-03T19:00:00.000Z');
  });

  it('is due once a night, and only with staff examples the current model has not learnt from', () => {
    const schedule = { hour: 2, minute: 0 };
    const now = new Date('2026-03-03T19:30:00Z');
    expect(retrainDue({ schedule, now, lastAttemptAt: new Date('2026-03-02T19:05:00Z'), newStaffExamples: 3 })).toBe(true);
    expect(retrainDue({ schedule, now, lastAttemptAt: new Date('2026-03-03T19:05:00Z'), newStaffExamples: 3 })).toBe(false);
    expect(retrainDue({ schedule, now, lastAttemptAt: null, newStaffExamples: 3 })).toBe(true);
    expect(retrainDue({ schedule, now, lastAttemptAt: null, newStaffExamples: 0 })).toBe(false);
    expect(retrainDue({ schedule: null, now, lastAttemptAt: null, newStaffExamples: 3 })).toBe(false);
  });

  it('installs only a better model: more first suggestions right, or as many and more among the first three', () => {
    expect(isBetterScore(score(0.8, 0.9), score(0.7, 0.95))).toBe(true);
    expect(isBetterScore(score(0.8, 0.95), score(0.8, 0.9))).toBe(true);
    expect(isBetterScore(score(0.8, 0.9), score(0.8, 0.9))).toBe(false);
    expect(isBetterScore(score(0.7, 0.99), score(0.8, 0.9))).toBe(false);
  });
});
