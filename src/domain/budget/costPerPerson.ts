import type { Aggregation, IndicatorKind } from '../indicators/indicatorTypes.ts';
import { measuredPeriods, rollUpSubtree, type Measurement } from '../indicators/rollUp.ts';
import { fiscalYearMonths } from './fiscalYear.ts';

/** Units of measure that count people (trimmed, without case): Thai คน and the English words for it. */
const peopleUnits = new Set(['คน', 'people', 'persons', 'person']);

/**
 * Whether an indicator counts people helped, so money spent can be divided by
 * it. The rule, stated once: its unit of measure is คน, people, person or
 * persons; it is a goal or progress indicator (an unintended effect counts
 * people harmed, not helped); and its roll-up adds or keeps a count (`sum`,
 * `max` or `latest`), because a `mean` is people per unit, not people.
 */
export function countsPeopleHelped(indicator: { unitOfMeasure: string; kind: IndicatorKind; aggregation: Aggregation }): boolean {
  return (
    peopleUnits.has(indicator.unitOfMeasure.trim().toLowerCase()) &&
    indicator.kind !== 'unintended_effect' &&
    indicator.aggregation !== 'mean'
  );
}

export interface PeopleHelped {
  /** The latest measured month inside the fiscal year: its national roll-up is the people helped. */
  period: string;
  people: number;
}

/**
 * People helped in a fiscal year by one indicator: the national roll-up (every
 * unit) of its latest measured month within the year, as the indicator's own
 * aggregation says. Null when the year has no measurement or counts nobody.
 */
export function peopleHelpedIn(
  measurements: readonly Measurement[],
  input: { fiscalYear: number; aggregation: Aggregation },
): PeopleHelped | null {
  const { from, to } = fiscalYearMonths(input.fiscalYear);
  const inYear = measurements.filter((m) => m.period >= from && m.period <= to);
  const period = measuredPeriods(inYear).at(-1);
  if (!period) return null;
  const people = rollUpSubtree(inYear, { unitPath: '/', period, aggregation: input.aggregation });
  return people !== null && people > 0 ? { period, people } : null;
}

/** Disbursed baht ÷ people helped, to the satang; null when nobody is counted. */
export function costPerPerson(disbursedSatang: number, people: number): number | null {
  if (!(people > 0)) return null;
  return Math.round(disbursedSatang / people) / 100;
}
