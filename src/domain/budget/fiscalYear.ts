import { BUDDHIST_ERA_OFFSET, thaiDateParts } from '../../shared/thaiTime.ts';

/**
 * The Thai government's fiscal year (ปีงบประมาณ) runs from 1 October to 30
 * September and is named, in the Buddhist era, by the year it ends in
 * (Budget Procedure Act B.E. 2561, s. 4): 1 October 2026 opens FY 2570.
 */
export function fiscalYearOf(instant: Date): number {
  const { year, month } = thaiDateParts(instant);
  return year + BUDDHIST_ERA_OFFSET + (month >= 10 ? 1 : 0);
}

/** The reporting months (`YYYY-MM`, Gregorian) a fiscal year covers, October first. */
export function fiscalYearMonths(fiscalYear: number): { from: string; to: string } {
  const endYear = fiscalYear - BUDDHIST_ERA_OFFSET;
  return { from: `${endYear - 1}-10`, to: `${endYear}-09` };
}
