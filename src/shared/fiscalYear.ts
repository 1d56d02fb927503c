import { BUDDHIST_ERA_OFFSET, thaiDateParts } from './thaiTime.ts';

/**
 * The Thai government fiscal year of an instant, in the Buddhist era: it runs from 1 October to
 * 30 September and is named for the year it ends in (Budget Procedure Act B.E. 2561, s. 4), so
 * 1 October 2025 in Bangkok begins fiscal year 2569.
 */
export function fiscalYearOf(instant: Date | string): number {
  const { year, month } = thaiDateParts(instant);
  return year + BUDDHIST_ERA_OFFSET + (month >= 10 ? 1 : 0);
}
