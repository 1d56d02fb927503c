import { thaiDateParts } from '../../shared/thaiTime.ts';

/** The Buddhist era is the Common Era plus 543. */
const BE = 543;

/**
 * The Thai fiscal year (Buddhist era) an instant falls in, in Bangkok: it runs from 1 October to
 * 30 September and is named for the year it ends in (Budget Procedure Act B.E. 2561, s. 4), so
 * 1 October 2025 begins fiscal year 2569.
 */
export function fiscalYearOf(instant: Date): number {
  const { year, month } = thaiDateParts(instant);
  return (month >= 10 ? year + 1 : year) + BE;
}

/**
 * A fiscal year's months (`YYYY-MM`, Common Era) and its bounds as instants, Bangkok time:
 * 2569 is 2025-10 to 2026-09, from 1 October 2025 00:00 to 1 October 2026 00:00 (exclusive).
 */
export function fiscalYearSpan(fiscalYear: number): { fromMonth: string; toMonth: string; start: Date; end: Date } {
  const endYear = fiscalYear - BE;
  return {
    fromMonth: `${endYear - 1}-10`,
    toMonth: `${endYear}-09`,
    start: new Date(`${endYear - 1}-10-01T00:00:00+07:00`),
    end: new Date(`${endYear}-10-01T00:00:00+07:00`),
  };
}
