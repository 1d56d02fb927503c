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
    // Years before 1000 keep four digits, so a month stays a valid YYYY-MM (the fuzz found 0020-08 + 1 giving 20-09, a 500)
    expect(addMonths('0020-08', 1)).toBe('0020-09');
    expect(monthsBetween('0999-11', '1000-02')).toEqual(['0999-11', '0999-12', '1000-01', '1000-02']);
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
