import { AppError } from '../../domain/errors.ts';
import { bangkokMonth, fiscalYearMonths, fiscalYearOfMonth } from '../../shared/fiscalYear.ts';
import type { ReadContext } from '../context.ts';
import { readComplaintStatistics, type ComplaintStatisticsResult } from './readComplaintStatistics.ts';

export interface MonthlyComplaintReport {
  /** The month reported, `YYYY-MM`. */
  month: string;
  /** The fiscal year (Buddhist era) the month belongs to. */
  fiscalYear: number;
  /** The month's own figures: totals, by category, channel, handling unit and the areas one level down. */
  statistics: ComplaintStatisticsResult;
  /** The fiscal year from October to this month: its totals and the figures of each month, for the trend. */
  yearToDate: Pick<ComplaintStatisticsResult, 'totals' | 'byMonth'>;
  preparedAt: Date;
}

/**
 * The monthly complaint report (the 1111 centre's monthly summary) of a scope: the country by
 * default, a province, a zone or a unit's subtree. Every figure comes from
 * `readComplaintStatistics`, the read the dashboards use, so the report and the dashboard never
 * disagree. Complaint statistics are public aggregates, so any signed-in staff member may ask for
 * any scope; a month that has not begun yet is refused.
 */
export async function readMonthlyComplaintReport(
  ctx: ReadContext,
  input: { month: string; scope?: string },
): Promise<MonthlyComplaintReport> {
  const now = ctx.clock.now();
  if (input.month > bangkokMonth(now)) {
    throw new AppError('validation_failed', {
      fields: [{ path: '/month', th: 'เดือนที่เลือกยังมาไม่ถึง', en: 'That month has not begun yet.' }],
    });
  }
  const fiscalYear = fiscalYearOfMonth(input.month);
  const scope = input.scope ?? 'TH';
  const [statistics, yearToDate] = await Promise.all([
    readComplaintStatistics(ctx, { scope, from: input.month, to: input.month }),
    readComplaintStatistics(ctx, { scope, from: fiscalYearMonths(fiscalYear).from, to: input.month }),
  ]);
  return {
    month: input.month,
    fiscalYear,
    statistics,
    yearToDate: { totals: yearToDate.totals, byMonth: yearToDate.byMonth },
    preparedAt: now,
  };
}
