import type { AnnualReportQuery, MonthlyReportQuery, ReportFormat } from '../../shared/api/complaintReports.ts';
import { query } from './client.ts';

/** Where the monthly complaint report of a month and scope downloads from (a plain link: the browser saves the file). */
export const monthlyReportUrl = (input: MonthlyReportQuery, format: ReportFormat): string =>
  `/api/reports/complaints/monthly.${format}${query({ month: input.month, scope: input.scope === 'TH' ? undefined : input.scope })}`;

/** Where the annual government performance report of a fiscal year downloads from. */
export const annualReportUrl = (input: AnnualReportQuery, format: ReportFormat): string =>
  `/api/reports/annual.${format}${query({ fiscalYear: input.fiscalYear })}`;
