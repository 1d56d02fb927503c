import { describe, expect, it } from 'vitest';
import { annualReportUrl, monthlyReportUrl } from '../../api/complaintReportUrls.ts';
import { reportMonths } from './ReportsPage.tsx';

describe('the reports page links', () => {
  it('asks for the national monthly report without a scope, and a province by its scope', () => {
    expect(monthlyReportUrl({ month: '2026-11', scope: 'TH' }, 'pdf')).toBe('/api/reports/complaints/monthly.pdf?month=2026-11');
    expect(monthlyReportUrl({ month: '2026-11', scope: 'p:50' }, 'xlsx')).toBe(
      '/api/reports/complaints/monthly.xlsx?month=2026-11&scope=p%3A50',
    );
    expect(annualReportUrl({ fiscalYear: 2569 }, 'pdf')).toBe('/api/reports/annual.pdf?fiscalYear=2569');
  });

  it('offers months newest first in Bangkok time: 30 November 18:00 UTC is already December in Bangkok', () => {
    const months = reportMonths(new Date('2026-11-30T18:00:00Z'));
    expect(months.slice(0, 3)).toEqual(['2026-12', '2026-11', '2026-10']);
    expect(months).toHaveLength(24);
  });
});
