import { MS_PER_HOUR } from '../../shared/thaiTime.ts';
import { groupingKinds, type GroupingKind } from '../../shared/unitKinds.ts';

/**
 * Acknowledgement reach: of the units a directive or policy was sent to, how
 * many have acknowledged it, counted by level of government and by grouping of
 * provinces, who has not (by name), and how long acknowledging took. Seed 002:
 * "some provinces never heard of the single-mother clinic" becomes a list of
 * names, not a phone round.
 */
export type ReachLevel = 'ministry' | 'department' | 'province' | 'district' | 'other';
export const reachLevels: readonly ReachLevel[] = ['ministry', 'department', 'province', 'district', 'other'];
export { groupingKinds, type GroupingKind } from '../../shared/unitKinds.ts';

const levelOfKind: Record<string, ReachLevel> = {
  ministry: 'ministry',
  department: 'department',
  division: 'department',
  provincial_hall: 'province',
  provincial_office: 'province',
  district_office: 'district',
  service_point: 'district',
};

export function reachLevelOf(unitKind: string): ReachLevel {
  return levelOfKind[unitKind] ?? 'other';
}

export interface ReachUnit {
  assignmentId: string;
  unitId: string;
  unitCode: string;
  unitKind: string;
  name: { th: string; en: string | null };
  province: { code: string; name: { th: string; en: string | null } } | null;
  sentAt: Date;
  acknowledgedAt: Date | null;
}

export interface Grouping {
  id: string;
  kind: GroupingKind;
  name: { th: string; en: string | null };
}

export interface Tally {
  assigned: number;
  acknowledged: number;
}

export interface ReachSummary {
  total: Tally;
  byLevel: (Tally & { level: ReachLevel })[];
  byGrouping: (Tally & Grouping)[];
  byProvince: (Tally & { code: string; name: { th: string; en: string | null } })[];
  notAcknowledged: (ReachUnit & { waitingHours: number; groupings: Grouping[] })[];
  timing: { medianHours: number | null; slowest: (ReachUnit & { hours: number }) | null };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Official codes are ASCII: compared by code unit, cheaper than ICU over a thousand units. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** One collator for all calls: `localeCompare` with options builds a new one each time (0.6 ms of a reach view). */
const numericOrder = new Intl.Collator('en', { numeric: true });

export function summarizeReach(units: readonly ReachUnit[], groupingsOfProvince: ReadonlyMap<string, Grouping[]>, now: Date): ReachSummary {
  const tally = () => ({ assigned: 0, acknowledged: 0 });
  const count = (target: Tally, unit: ReachUnit) => {
    target.assigned++;
    if (unit.acknowledgedAt) target.acknowledged++;
  };
  const total = tally();
  const levels = new Map<ReachLevel, Tally>();
  const groupings = new Map<string, Tally & Grouping>();
  const provinces = new Map<string, Tally & { code: string; name: { th: string; en: string | null } }>();
  const waits: number[] = [];
  let slowest: (ReachUnit & { hours: number }) | null = null;

  for (const unit of units) {
    count(total, unit);
    const level = reachLevelOf(unit.unitKind);
    if (!levels.has(level)) levels.set(level, tally());
    count(levels.get(level)!, unit);
    if (unit.province) {
      if (!provinces.has(unit.province.code)) provinces.set(unit.province.code, { ...unit.province, ...tally() });
      count(provinces.get(unit.province.code)!, unit);
      for (const grouping of groupingsOfProvince.get(unit.province.code) ?? []) {
        if (!groupings.has(grouping.id)) groupings.set(grouping.id, { ...grouping, ...tally() });
        count(groupings.get(grouping.id)!, unit);
      }
    }
    if (unit.acknowledgedAt) {
      const hours = (unit.acknowledgedAt.getTime() - unit.sentAt.getTime()) / MS_PER_HOUR;
      waits.push(hours);
      if (!slowest || hours > slowest.hours) slowest = { ...unit, hours: round1(hours) };
    }
  }

  const notAcknowledged = units
    .filter((unit) => !unit.acknowledgedAt)
    .map((unit) => ({
      ...unit,
      waitingHours: round1((now.getTime() - unit.sentAt.getTime()) / MS_PER_HOUR),
      groupings: unit.province ? (groupingsOfProvince.get(unit.province.code) ?? []) : [],
    }))
    .sort((a, b) => byCode(a.province?.code ?? '~', b.province?.code ?? '~') || byCode(a.unitCode, b.unitCode));

  const groupingOrder = (g: Grouping) => groupingKinds.indexOf(g.kind);
  const medianHours = median(waits);
  return {
    total,
    byLevel: reachLevels.filter((level) => levels.has(level)).map((level) => ({ level, ...levels.get(level)! })),
    byGrouping: [...groupings.values()].sort((a, b) => groupingOrder(a) - groupingOrder(b) || numericOrder.compare(a.id, b.id)),
    byProvince: [...provinces.values()].sort((a, b) => byCode(a.code, b.code)),
    notAcknowledged,
    timing: { medianHours: medianHours === null ? null : round1(medianHours), slowest },
  };
}
