import type { ComplaintFigures } from '../../../shared/api/statistics.ts';

/**
 * The figures a dashboard shows and a map can be shaded by, with how each is read: a count, a
 * share (0–1), or whole days; and which way is better, so a trend can say "better" or "worse" in
 * words (a rise in complaints received is neither: more people may simply know where to complain).
 */
export type MeasureKey =
  'received' | 'resolved' | 'resolutionRate' | 'inProgress' | 'overdue' | 'medianDays' | 'p90Days' | 'satisfiedRate' | 'reopened';

export interface Measure {
  key: MeasureKey;
  kind: 'count' | 'rate' | 'days';
  better: 'higher' | 'lower' | null;
}

export const measures: readonly Measure[] = [
  { key: 'received', kind: 'count', better: null },
  { key: 'resolved', kind: 'count', better: null },
  { key: 'resolutionRate', kind: 'rate', better: 'higher' },
  { key: 'inProgress', kind: 'count', better: null },
  { key: 'overdue', kind: 'count', better: 'lower' },
  { key: 'medianDays', kind: 'days', better: 'lower' },
  { key: 'p90Days', kind: 'days', better: 'lower' },
  { key: 'satisfiedRate', kind: 'rate', better: 'higher' },
  { key: 'reopened', kind: 'count', better: 'lower' },
];

export const measureByKey = new Map(measures.map((measure) => [measure.key, measure]));

export function isMeasureKey(value: string | undefined): value is MeasureKey {
  return value !== undefined && measureByKey.has(value as MeasureKey);
}

export function valueOf(figures: ComplaintFigures, key: MeasureKey): number | null {
  return figures[key];
}

export interface Trend {
  direction: 'up' | 'down' | 'same' | 'none';
  /** Percent change for counts, percentage points for rates, days for durations; always positive. */
  amount: number;
  /** Null when the measure has no better direction or nothing changed. */
  verdict: 'better' | 'worse' | null;
}

/** The change against the same months a year earlier. A count that was zero has no percent change, so it has no trend. */
export function trendOf(measure: Measure, current: number | null, previous: number | null): Trend {
  if (current === null || previous === null || (measure.kind === 'count' && previous === 0))
    return { direction: 'none', amount: 0, verdict: null };
  const change =
    measure.kind === 'count'
      ? ((current - previous) / previous) * 100
      : measure.kind === 'rate'
        ? (current - previous) * 100
        : current - previous;
  const rounded = Math.round(Math.abs(change) * 10) / 10;
  if (rounded === 0) return { direction: 'same', amount: 0, verdict: null };
  const direction = change > 0 ? 'up' : 'down';
  const verdict = measure.better === null ? null : (measure.better === 'higher') === (direction === 'up') ? 'better' : 'worse';
  return { direction, amount: rounded, verdict };
}
