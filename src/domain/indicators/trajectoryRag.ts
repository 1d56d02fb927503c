import type { Rag } from '../reports/ratings.ts';
import type { Direction, TrajectoryPoint } from './indicatorTypes.ts';

/**
 * RAG from the actual value against the trajectory, whichever way is better.
 *
 * The planned change for a period is `planned − baseline`; the share of it
 * achieved is `(actual − baseline) / (planned − baseline)`:
 * - green: 95% of the planned change or more (on or ahead of trajectory);
 * - amber: 80% to under 95%;
 * - red: under 80% (including moving the wrong way).
 * Because both differences are taken from the baseline, the same share works
 * for `up` and `down` indicators. When no change was planned for the period
 * (planned equals baseline), holding the line or better is green, slipping by
 * up to 5% of the planned value is amber, and more is red.
 */
export const ragThresholds = { green: 0.95, amber: 0.8, flatTolerance: 0.05 } as const;

function periodIndex(period: string): number {
  const [year, month] = period.split('-').map(Number);
  return (year ?? 0) * 12 + ((month ?? 1) - 1);
}

/**
 * The planned value for a period: the trajectory point itself, or a straight
 * line between the points either side of it; after the last point, the last
 * point's value; before the first, no plan (null).
 */
export function plannedValue(trajectory: readonly TrajectoryPoint[], period: string): number | null {
  const points = [...trajectory].sort((a, b) => periodIndex(a.period) - periodIndex(b.period));
  const at = periodIndex(period);
  let before: TrajectoryPoint | undefined;
  for (const point of points) {
    const index = periodIndex(point.period);
    if (index === at) return point.value;
    if (index < at) before = point;
    else {
      if (!before) return null;
      const start = periodIndex(before.period);
      return before.value + ((point.value - before.value) * (at - start)) / (index - start);
    }
  }
  return before ? before.value : null;
}

export function ragAgainstPlan(input: { actual: number; planned: number; baseline: number; direction: Direction }): Rag {
  const { actual, planned, baseline, direction } = input;
  const plannedChange = planned - baseline;
  if (plannedChange === 0) {
    const shortfall = direction === 'up' ? planned - actual : actual - planned;
    if (shortfall <= 0) return 'green';
    return shortfall <= Math.abs(planned) * ragThresholds.flatTolerance ? 'amber' : 'red';
  }
  // A planned change the wrong way for the direction (a trajectory that plans to get worse): judge by shortfall too.
  const wanted = direction === 'up' ? plannedChange > 0 : plannedChange < 0;
  if (!wanted) {
    const shortfall = direction === 'up' ? planned - actual : actual - planned;
    if (shortfall <= 0) return 'green';
    return shortfall <= Math.abs(plannedChange) * (1 - ragThresholds.amber) ? 'amber' : 'red';
  }
  const achieved = (actual - baseline) / plannedChange;
  if (achieved >= ragThresholds.green) return 'green';
  return achieved >= ragThresholds.amber ? 'amber' : 'red';
}

/** The RAG of an indicator for a period, or null when there is no plan or no value yet. */
export function indicatorRag(input: {
  actual: number | null;
  trajectory: readonly TrajectoryPoint[];
  baseline: number;
  direction: Direction;
  period: string;
}): Rag | null {
  if (input.actual === null) return null;
  const planned = plannedValue(input.trajectory, input.period);
  if (planned === null) return null;
  return ragAgainstPlan({ actual: input.actual, planned, baseline: input.baseline, direction: input.direction });
}
