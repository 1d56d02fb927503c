import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveResolved, wilsonLowerBound } from './adjustForVolume.ts';
import { fiscalYearOf, fiscalYearSpan } from './fiscalYear.ts';
import { countsPeople } from './leagueRules.ts';

describe('the volume adjustment (Wilson lower bound, 95%)', () => {
  it('ranks 900 of 1,000 above 1 of 1: the FixMyStreet single-fix council no longer tops the table', () => {
    expect(wilsonLowerBound(1, 1)).toBeCloseTo(0.2065, 4);
    expect(wilsonLowerBound(900, 1000)).toBeCloseTo(0.8798, 4);
    expect(wilsonLowerBound(900, 1000)!).toBeGreaterThan(wilsonLowerBound(1, 1)!);
  });

  it('matches the textbook values', () => {
    // Agresti & Coull (1998), Wilson interval for 0 of 10 and 10 of 10.
    expect(wilsonLowerBound(0, 10)).toBe(0);
    expect(wilsonLowerBound(10, 10)).toBeCloseTo(0.7225, 4);
    expect(wilsonLowerBound(30, 30)).toBeCloseTo(0.8865, 4);
    expect(wilsonLowerBound(5, 10)).toBeCloseTo(0.2366, 4);
  });

  it('has nothing to say without cases', () => {
    expect(wilsonLowerBound(0, 0)).toBeNull();
  });

  it('stays between 0 and the raw rate, and rises towards it as the same rate is seen more often', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
        const x = Math.round(p * n);
        const bound = wilsonLowerBound(x, n)!;
        expect(bound).toBeGreaterThanOrEqual(0);
        expect(bound).toBeLessThanOrEqual(x / n + 1e-12);
        expect(wilsonLowerBound(x * 10, n * 10)!).toBeGreaterThanOrEqual(bound - 1e-12);
      }),
    );
  });

  it('grows with every extra success at the same volume', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(), (n, seed) => {
        const x = seed % n;
        expect(wilsonLowerBound(x + 1, n)!).toBeGreaterThan(wilsonLowerBound(x, n)!);
      }),
    );
  });
});

describe('ghost fixes', () => {
  it('takes reopened complaints off the resolved count, never below zero', () => {
    expect(effectiveResolved(36, 4)).toBe(32);
    expect(effectiveResolved(2, 5)).toBe(0);
  });
});

describe('the fiscal year', () => {
  it('begins on 1 October Bangkok time and is named for the year it ends in (Buddhist era)', () => {
    expect(fiscalYearOf(new Date('2025-09-30T16:59:59Z'))).toBe(2568);
    expect(fiscalYearOf(new Date('2025-09-30T17:00:00Z'))).toBe(2569);
    expect(fiscalYearOf(new Date('2026-03-02T02:00:00Z'))).toBe(2569);
    const span = fiscalYearSpan(2569);
    expect(span).toMatchObject({ fromMonth: '2025-10', toMonth: '2026-09' });
    expect(span.start.toISOString()).toBe('2025-09-30T17:00:00.000Z');
    expect(span.end.toISOString()).toBe('2026-09-30T17:00:00.000Z');
  });
});

describe('people helped', () => {
  it('counts indicators measured in people, persons or households, whatever the case and spacing', () => {
    expect(countsPeople(' คน ')).toBe(true);
    expect(countsPeople('Households')).toBe(true);
    expect(countsPeople('ร้อยละ')).toBe(false);
    expect(countsPeople('km')).toBe(false);
  });
});
