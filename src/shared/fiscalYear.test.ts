import { describe, expect, it } from 'vitest';
import { fiscalYearOf } from './fiscalYear.ts';

describe('fiscalYearOf', () => {
  it('begins the fiscal year on 1 October, Bangkok time, named for the year it ends in', () => {
    expect(fiscalYearOf('2025-09-30T16:59:59.999Z')).toBe(2568);
    expect(fiscalYearOf('2025-09-30T17:00:00.000Z')).toBe(2569);
    expect(fiscalYearOf('2026-09-30T12:00:00.000Z')).toBe(2569);
    expect(fiscalYearOf('2026-12-05T02:00:00.000Z')).toBe(2570);
  });
});
