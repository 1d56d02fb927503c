import { bangkokMonth, fiscalYearOfMonth } from '../../../shared/fiscalYear.ts';

export { fiscalYearMonths, monthsBetween } from '../../../shared/fiscalYear.ts';

/** The fiscal year (Buddhist era) an instant falls in, in Bangkok: 1 October 2026 begins fiscal year 2570. */
export function fiscalYearOf(instant: Date | string): number {
  return fiscalYearOfMonth(bangkokMonth(new Date(instant)));
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
