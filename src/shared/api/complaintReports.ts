import { Type, type Static } from 'typebox';
import { literals } from './common.ts';
import { Month, StatisticsScope } from './statistics.ts';

/** The two files every report comes as: a PDF to read and print, and a workbook with the same figures. */
export const reportFormats = ['pdf', 'xlsx'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const ReportFormatParams = Type.Object({ format: literals(reportFormats) }, { additionalProperties: false });
export type ReportFormatParams = Static<typeof ReportFormatParams>;

/** The monthly complaint report: a month (Common Era `YYYY-MM`, shown in the Buddhist era) and a scope, the country by default. */
export const MonthlyReportQuery = Type.Object({ month: Month, scope: Type.Optional(StatisticsScope) }, { additionalProperties: false });
export type MonthlyReportQuery = Static<typeof MonthlyReportQuery>;

/** The annual government performance report: a fiscal year in the Buddhist era (2569 = October 2025 to September 2026). */
export const AnnualReportQuery = Type.Object(
  { fiscalYear: Type.Integer({ minimum: 2540, maximum: 2700, description: 'Buddhist era' }) },
  { additionalProperties: false },
);
export type AnnualReportQuery = Static<typeof AnnualReportQuery>;
