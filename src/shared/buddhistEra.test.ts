import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './buddhistEra.ts';
import { buddhistYear, endOfThaiDay, thaiDay } from './thaiTime.ts';

describe('Buddhist-era dates in Bangkok time', () => {
  it('shows the Buddhist year in Thai and English', () => {
    expect(formatDate('2026-11-22T03:00:00Z', 'th')).toBe('22 พ.ย. 2569');
    expect(formatDate('2026-11-22T03:00:00Z', 'th', 'long')).toBe('22 พฤศจิกายน 2569');
    expect(formatDate('2026-11-22T03:00:00Z', 'en')).toContain('2569');
    expect(buddhistYear('2026-01-01T00:00:00Z')).toBe(2569);
  });

  it('uses Bangkok time whatever the machine zone: 20:00 UTC on 31 Dec is already 1 Jan in Bangkok', () => {
    expect(thaiDay('2026-12-31T20:00:00Z')).toBe('2027-01-01');
    expect(buddhistYear('2026-12-31T20:00:00Z')).toBe(2570);
    expect(formatDateTime('2026-12-31T20:00:00Z', 'th')).toBe('1 ม.ค. 2570 03:00');
  });

  it('makes a due day end at midnight Bangkok time', () => {
    expect(endOfThaiDay('2026-11-30').toISOString()).toBe('2026-11-30T16:59:59.999Z');
  });
});
