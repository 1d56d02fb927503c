import type { Aggregation } from './indicatorTypes.ts';

/** One unit's measurement for one period. */
export interface Measurement {
  unitPath: string;
  /** The province the unit serves, for roll-ups by inspection zone, region or province group. */
  provinceCode: string | null;
  period: string;
  value: number;
  /** When it was recorded: `latest` takes the most recently recorded value. */
  recordedAt: Date;
}

/**
 * Combines the values of many units for one period:
 * - `sum`: their total (people reached, clinics opened);
 * - `mean`: the plain average over the units that reported (a rate per unit);
 * - `max`: the highest (a waiting time where the worst place matters);
 * - `latest`: the most recently recorded value (a national figure re-stated each time).
 * Nothing reported is `null`, never zero.
 */
export function aggregate(values: readonly Pick<Measurement, 'value' | 'recordedAt'>[], aggregation: Aggregation): number | null {
  if (values.length === 0) return null;
  switch (aggregation) {
    case 'sum':
      return values.reduce((total, m) => total + m.value, 0);
    case 'mean':
      return values.reduce((total, m) => total + m.value, 0) / values.length;
    case 'max':
      return Math.max(...values.map((m) => m.value));
    case 'latest':
      return values.reduce((newest, m) => (m.recordedAt.getTime() >= newest.recordedAt.getTime() ? m : newest)).value;
  }
}

/**
 * The value of a unit's whole subtree for a period: every measurement of a
 * unit at or below it, aggregated once (a mean is over all reporting units
 * below, not a mean of means).
 */
export function rollUpSubtree(
  measurements: readonly Measurement[],
  input: { unitPath: string; period: string; aggregation: Aggregation },
): number | null {
  return aggregate(
    measurements.filter((m) => m.period === input.period && m.unitPath.startsWith(input.unitPath)),
    input.aggregation,
  );
}

/**
 * The value of each area grouping (an inspection zone, a region, a province
 * group) for a period: the measurements of units serving its provinces.
 * Groupings without any measurement are left out.
 */
export function rollUpByGrouping(
  measurements: readonly Measurement[],
  input: { groupings: readonly { id: string; provinceCodes: readonly string[] }[]; period: string; aggregation: Aggregation },
): Map<string, number> {
  const result = new Map<string, number>();
  for (const grouping of input.groupings) {
    const members = new Set(grouping.provinceCodes);
    const value = aggregate(
      measurements.filter((m) => m.period === input.period && m.provinceCode !== null && members.has(m.provinceCode)),
      input.aggregation,
    );
    if (value !== null) result.set(grouping.id, value);
  }
  return result;
}

/** Every period that has a measurement, oldest first. */
export function measuredPeriods(measurements: readonly Pick<Measurement, 'period'>[]): string[] {
  return [...new Set(measurements.map((m) => m.period))].sort();
}
