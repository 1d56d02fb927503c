import type { statisticsReportsTh } from '../statisticsReports.ts';

/** The English words of `../statisticsReports.ts`, in their own module so the Thai first load does not carry them. */
export const statisticsReportsEn: typeof statisticsReportsTh = {
  nav: 'Reports',
  title: 'Reports',
  lead: 'Download the monthly complaint report and the annual performance report as a PDF to read and print, or as an Excel workbook with the same figures. Every figure matches the dashboards.',
  monthly: {
    title: 'Monthly complaint report',
    lead: 'Received, finished, resolution rate, in progress, overdue, days to finish and satisfaction, by category, channel, area and unit, with the trend over the fiscal year.',
    month: 'Month',
    scope: 'Area',
    national: 'Thailand',
  },
  annual: {
    title: 'Annual government performance report',
    lead: "The fiscal year's complaint resolution rate, all 77 provinces, the inspection zones, the ministries, the monthly trend and the delivery of directives and policies.",
    fiscalYear: 'Fiscal year',
    fiscalYearOption: (year: number) => `${year} BE`,
    nationalOnly:
      "The annual report carries the whole government's delivery picture, so only the delivery unit and administrators may download it.",
  },
  pdf: 'Download PDF',
  xlsx: 'Download Excel',
  fileOf: (what: string) => ` (${what})`,
};
