import { describe, expect, it } from 'vitest';
import { sortAreas, type AreaRow } from './AreaTable.tsx';
import { classify } from './classify.ts';
import { labelPoint } from './labelPoint.ts';
import { measureByKey, trendOf } from './measures.ts';
import { fiscalYearMonths, fiscalYearOf, monthsBetween, periodFromQuery } from './period.ts';

describe('classed ranges for a choropleth', () => {
  it('makes five quantile classes labelled by the values in them, and puts every value in one', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const { classes, classOf } = classify(values);
    expect(classes).toEqual([
      { index: 0, min: 1, max: 2 },
      { index: 1, min: 3, max: 4 },
      { index: 2, min: 5, max: 6 },
      { index: 3, min: 7, max: 8 },
      { index: 4, min: 9, max: 10 },
    ]);
    for (const value of values) {
      const c = classes[classOf(value)!]!;
      expect(value).toBeGreaterThanOrEqual(c.min);
      expect(value).toBeLessThanOrEqual(c.max);
    }
  });

  it('makes fewer classes when values repeat, and none for missing values', () => {
    const { classes, classOf } = classify([0, 0, 0, 0, 5, null]);
    expect(classes).toEqual([
      { index: 0, min: 0, max: 0 },
      { index: 1, min: 5, max: 5 },
    ]);
    expect(classOf(null)).toBeNull();
    expect(classOf(5)).toBe(1);
    expect(classify([]).classes).toEqual([]);
  });
});

describe('where a name goes on the map', () => {
  it('centres the label on the largest ring', () => {
    expect(labelPoint('M0 0L10 0L10 10L0 10ZM20 20L21 20L21 21Z')).toEqual({ x: 5, y: 5 });
    expect(labelPoint('')).toBeNull();
  });
});

describe('the change against the previous year', () => {
  it('says counts in per cent, rates in points and durations in days, and which way is better', () => {
    expect(trendOf(measureByKey.get('received')!, 110, 100)).toEqual({ direction: 'up', amount: 10, verdict: null });
    expect(trendOf(measureByKey.get('resolutionRate')!, 0.97, 0.95)).toEqual({ direction: 'up', amount: 2, verdict: 'better' });
    expect(trendOf(measureByKey.get('medianDays')!, 5, 8)).toEqual({ direction: 'down', amount: 3, verdict: 'better' });
    expect(trendOf(measureByKey.get('overdue')!, 12, 4)).toMatchObject({ direction: 'up', verdict: 'worse' });
    expect(trendOf(measureByKey.get('received')!, 5, 0).direction).toBe('none');
    expect(trendOf(measureByKey.get('satisfiedRate')!, null, 0.8).direction).toBe('none');
    expect(trendOf(measureByKey.get('reopened')!, 3, 3).direction).toBe('same');
  });
});

describe('fiscal years and periods', () => {
  it('names a fiscal year by the Buddhist-era year it ends in, in Bangkok time', () => {
    expect(fiscalYearOf('2026-12-05T00:00:00Z')).toBe(2570);
    expect(fiscalYearOf('2026-09-30T16:59:59Z')).toBe(2569);
    expect(fiscalYearOf('2026-09-30T17:00:00Z')).toBe(2570);
    expect(fiscalYearMonths(2570)).toEqual({ from: '2026-10', to: '2027-09' });
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('reads the period from the address, ignoring what it cannot use', () => {
    expect(periodFromQuery({ fiscalYear: '2569' })).toEqual({ fiscalYear: 2569 });
    expect(periodFromQuery({ from: '2026-10', to: '2026-12' })).toEqual({ from: '2026-10', to: '2026-12' });
    expect(periodFromQuery({ from: '2026-12', to: '2026-10' })).toEqual({});
    expect(periodFromQuery({ fiscalYear: 'x', from: '2026-13', to: '2026-14' })).toEqual({});
  });
});

describe("the map's table alternative", () => {
  const row = (code: string, name: string, received: number, rate: number | null): AreaRow =>
    ({ code, name, href: '', figures: { received, resolutionRate: rate } }) as unknown as AreaRow;
  const rows = [row('1', 'ข', 5, 0.5), row('2', 'ก', 9, null), row('3', 'ค', 1, 0.9)];

  it('sorts by a figure either way with missing figures last, or by name', () => {
    expect(sortAreas(rows, 'received', true, 'th').map((r) => r.code)).toEqual(['2', '1', '3']);
    expect(sortAreas(rows, 'resolutionRate', true, 'th').map((r) => r.code)).toEqual(['3', '1', '2']);
    expect(sortAreas(rows, 'resolutionRate', false, 'th').map((r) => r.code)).toEqual(['1', '3', '2']);
    expect(sortAreas(rows, 'name', false, 'th').map((r) => r.name)).toEqual(['ก', 'ข', 'ค']);
  });
});

describe('classes on a map of mostly zeros', () => {
  it('still tells the areas with complaints apart', () => {
    const values = [...Array<number>(20).fill(0), 4, 4, 4, 4, 12];
    const { classes, classOf } = classify(values);
    expect(classes.map((c) => [c.min, c.max])).toEqual([
      [0, 0],
      [4, 4],
      [12, 12],
    ]);
    expect(classOf(12)).toBe(2);
  });
});
