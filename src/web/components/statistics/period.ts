import { thaiDateParts } from '../../../shared/thaiTime.ts';

/**
 * Thai fiscal years and month ranges as the dashboard's period chooser offers them. A fiscal year
 * runs from 1 October to 30 September and is named by the Buddhist-era year it ends in: fiscal
 * year 2570 runs from October 2026 (2569) to September 2027 (2570) (พ.ร.บ.วิธีการงบประมาณ พ.ศ. 2561, มาตรา 4).
 */
export function fiscalYearOf(instant: Date | string): number {
  const { year, month } = thaiDateParts(instant);
  return year + 543 + (month >= 10 ? 1 : 0);
}

/** The first and last month (`YYYY-MM`, Common Era) of a fiscal year. */
export function fiscalYearMonths(fiscalYear: number): { from: string; to: string } {
  const endYear = fiscalYear - 543;
  return { from: `${endYear - 1}-10`, to: `${endYear}-09` };
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = to.split('-').map(Number) as [number, number];
  while (year < toYear || (year === toYear && month <= toMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** A dashboard's period from its address: `?fiscalYear=2570`, `?from=2026-10&to=2026-12`, or nothing (the server's current fiscal year). */
export type PeriodChoice = { fiscalYear: number } | { from: string; to: string } | Record<string, never>;

const MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

export function periodFromQuery(params: Record<string, string>): PeriodChoice {
  const year = Number(params['fiscalYear']);
  if (Number.isInteger(year) && year >= 2540 && year <= 2700) return { fiscalYear: year };
  const from = params['from'];
  const to = params['to'];
  if (from && to && MONTH.test(from) && MONTH.test(to) && from <= to) return { from, to };
  return {};
}
