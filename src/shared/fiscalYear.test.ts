import { describe, expect, it } from 'vitest';
import { addMonths, bangkokMonth, fiscalYearMonths, fiscalYearOfMonth, monthsBetween } from './fiscalYear.ts';

describe('fiscal year', () => {
  it('runs from October to September and is named by the Buddhist-era year it ends in', () => {
    expect(fiscalYearMonths(2569)).toEqual({ from: '2025-10', to: '2026-09' });
    expect(fiscalYearOfMonth('2025-10')).toBe(2569);
    expect(fiscalYearOfMonth('2026-09')).toBe(2569);
    expect(fiscalYearOfMonth('2026-12')).toBe(2570);
  });

  it('counts months in Bangkok time', () => {
    expect(bangkokMonth(new Date('2026-09-30T17:00:00Z'))).toBe('2026-10');
    expect(bangkokMonth(new Date('2026-09-30T16:59:59Z'))).toBe('2026-09');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
