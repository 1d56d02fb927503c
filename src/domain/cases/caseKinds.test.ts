import { describe, expect, it } from 'vitest';
import { caseRefPrefix, formatCaseRef } from './caseKinds.ts';

describe('case reference numbers', () => {
  it('carry the Buddhist-era year and a six-digit sequence', () => {
    expect(formatCaseRef('directive', new Date('2026-11-22T03:00:00Z'), 123)).toBe('DIR-2569-000123');
  });

  it('carry the new year from midnight Bangkok time on 1 January, when it is still 31 December in UTC', () => {
    // 00:30 on 1 January 2570 BE in Bangkok is 17:30 UTC on 31 December 2026.
    const newYear = new Date('2026-12-31T17:30:00Z');
    expect(formatCaseRef('directive', newYear, 1)).toBe('DIR-2570-000001');
    expect(caseRefPrefix('complaint', newYear)).toBe('CMP-2570-');
    expect(formatCaseRef('policy', new Date('2026-12-31T16:59:59Z'), 7)).toBe('POL-2569-000007');
  });
});
