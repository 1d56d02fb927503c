import { describe, expect, it } from 'vitest';
import type { Aggregation } from './indicatorTypes.ts';
import { rollUpByGrouping, rollUpSubtree, type Measurement } from './rollUp.ts';

/**
 * A hand-computed example. The ministry (/g/m/) has three provincial offices:
 * Chiang Mai (50) with one district office below it, Lampang (52), both in
 * inspection zone 16, and Bangkok (10) in zone 1. December's values:
 *
 *   Chiang Mai office 10 (recorded 1st), its district 4 (3rd),
 *   Lampang 6 (2nd), Bangkok 20 (4th); and a November value of 99 that must not count.
 *
 *                      sum  mean        max  latest
 *   Chiang Mai subtree  14   7           10   4      (10, 4)
 *   ministry            40  10           20  20      (10, 4, 6, 20)
 *   zone 16             20  20/3 ≈ 6.67  10   4      (10, 4, 6)
 *   zone 1              20  20           20  20      (20)
 */
const at = (day: number) => new Date(`2026-12-0${day}T02:00:00Z`);
const measurements: Measurement[] = [
  { unitPath: '/g/m/cm/', provinceCode: '50', period: '2026-12', value: 10, recordedAt: at(1) },
  { unitPath: '/g/m/cm/d1/', provinceCode: '50', period: '2026-12', value: 4, recordedAt: at(3) },
  { unitPath: '/g/m/lp/', provinceCode: '52', period: '2026-12', value: 6, recordedAt: at(2) },
  { unitPath: '/g/m/bk/', provinceCode: '10', period: '2026-12', value: 20, recordedAt: at(4) },
  { unitPath: '/g/m/cm/', provinceCode: '50', period: '2026-11', value: 99, recordedAt: at(5) },
];
const zones = [
  { id: 'zone:16', provinceCodes: ['50', '52', '51'] },
  { id: 'zone:1', provinceCodes: ['10'] },
  { id: 'zone:2', provinceCodes: ['12'] },
];

const expected: Record<Aggregation, { chiangMai: number; ministry: number; zone16: number; zone1: number }> = {
  sum: { chiangMai: 14, ministry: 40, zone16: 20, zone1: 20 },
  mean: { chiangMai: 7, ministry: 10, zone16: 20 / 3, zone1: 20 },
  max: { chiangMai: 10, ministry: 20, zone16: 10, zone1: 20 },
  latest: { chiangMai: 4, ministry: 20, zone16: 4, zone1: 20 },
};

describe('indicator roll-ups', () => {
  for (const [aggregation, want] of Object.entries(expected) as [Aggregation, (typeof expected)['sum']][]) {
    it(`${aggregation}: along the unit tree and by inspection zone, as computed by hand`, () => {
      expect(rollUpSubtree(measurements, { unitPath: '/g/m/cm/', period: '2026-12', aggregation })).toBeCloseTo(want.chiangMai, 10);
      expect(rollUpSubtree(measurements, { unitPath: '/g/m/', period: '2026-12', aggregation })).toBeCloseTo(want.ministry, 10);
      const byZone = rollUpByGrouping(measurements, { groupings: zones, period: '2026-12', aggregation });
      expect(byZone.get('zone:16')).toBeCloseTo(want.zone16, 10);
      expect(byZone.get('zone:1')).toBeCloseTo(want.zone1, 10);
      expect(byZone.has('zone:2')).toBe(false);
    });
  }

  it('reports nothing, not zero, where nothing was measured', () => {
    expect(rollUpSubtree(measurements, { unitPath: '/g/m/lp/', period: '2027-01', aggregation: 'sum' })).toBeNull();
  });
});
