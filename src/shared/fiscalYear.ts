/**
 * The Thai government's fiscal year runs from 1 October to 30 September and is named by the
 * Buddhist-era year it ends in (Budget Procedure Act B.E. 2561, section 4): fiscal year 2569 is
 * October 2025 to September 2026. Months are `YYYY-MM` in the Common Era, as stored.
 */
const BE_OFFSET = 543;

/** The fiscal year (Buddhist era) a month `YYYY-MM` belongs to. */
export function fiscalYearOfMonth(month: string): number {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return year + BE_OFFSET + (m >= 10 ? 1 : 0);
}

/** The first and last month of a fiscal year. */
export function fiscalYearMonths(fiscalYear: number): { from: string; to: string } {
  const endYear = fiscalYear - BE_OFFSET;
  return { from: `${endYear - 1}-10`, to: `${endYear}-09` };
}

/** The month `YYYY-MM` that `date` falls in, in Bangkok (UTC+7, no daylight saving). */
export function bangkokMonth(date: Date): string {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 7);
}

/** `month` moved by `delta` months. */
export function addMonths(month: string, delta: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included (at most 240). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let at = from; at <= to && months.length < 240; at = addMonths(at, 1)) months.push(at);
  return months;
}
